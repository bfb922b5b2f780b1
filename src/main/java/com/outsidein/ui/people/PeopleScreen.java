package com.outsidein.ui.people;

import com.outsidein.domain.Person;
import com.outsidein.domain.PersonSummary;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Ask;
import com.outsidein.ui.ConsentText;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.PickerDialog;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** People (one record per human, with consent and history), accounts, and the value lists. */
public final class PeopleScreen implements Screen {

  private final PeopleViewModel model;
  private final AccountsViewModel accountsModel;
  private final ListsViewModel listsModel;
  private final Alerts alerts;
  private final TableView<PersonSummary> table = Tables.table(Messages.get("people.empty"));
  private final AccountsPane accounts;
  private final ListsPane lists;
  private final TabPane root;

  public PeopleScreen(
      PeopleViewModel model,
      AccountsViewModel accountsModel,
      ListsViewModel listsModel,
      Alerts alerts) {
    this.model = model;
    this.accountsModel = accountsModel;
    this.listsModel = listsModel;
    this.alerts = alerts;
    this.accounts = new AccountsPane(accountsModel, alerts);
    this.lists = new ListsPane(listsModel, alerts);
    table.setId("people-table");
    table.setItems(model.people().items());
    LoadingPlaceholder.show(
        table.placeholderProperty(), model.loadingProperty(), Messages.get("people.empty"));
    table.getColumns().add(Tables.text(Messages.get("people.name"), p -> p.person().name(), 160));
    table.getColumns().add(Tables.text(Messages.get("people.role"), p -> p.person().role(), 130));
    table
        .getColumns()
        .add(Tables.text(Messages.get("people.account"), PersonSummary::account, 150));
    table
        .getColumns()
        .add(Tables.text(Messages.get("people.segment"), PersonSummary::segment, 110));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("people.consent"), p -> ConsentText.of(p.person().consent()), 200));
    table
        .getColumns()
        .add(Tables.number(Messages.get("people.interviews"), PersonSummary::interviews, 70));
    table
        .getColumns()
        .add(Tables.number(Messages.get("people.observations"), PersonSummary::observations, 80));
    Tables.selectFirstWhenFilled(table);
    Tables.keepSelection(table, model.people(), p -> p.person().id());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, selected) -> {
              if (selected != null || !model.people().isReplacing()) {
                model.show(selected == null ? null : selected.person().id());
              }
            });

    Button add = button("people.new", Feather.USER_PLUS, this::create);
    Button merge = button("people.merge", Feather.GIT_MERGE, this::merge);
    merge.setId("person-merge");
    Button forget = button("people.forget", Feather.USER_X, this::forget);
    merge.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    forget.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    VBox.setVgrow(table, Priority.ALWAYS);
    SplitPane people =
        new SplitPane(
            new VBox(new ToolBar(add, merge, forget), table), new PersonPage(model).node());
    people.setDividerPositions(0.58);

    Tab peopleTab = new Tab(Messages.get("people.tab"), people);
    Tab accountsTab = new Tab(Messages.get("accounts.tab"), accounts.node());
    Tab listsTab = new Tab(Messages.get("lists.tab"), lists.node());
    root = new TabPane(peopleTab, accountsTab, listsTab);
    root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
  }

  private static Button button(String key, Feather icon, Runnable action) {
    Button b = new Button(Messages.get(key), new FontIcon(icon));
    b.setOnAction(e -> action.run());
    return b;
  }

  private void create() {
    Ask.text(root, Messages.get("people.new"), Messages.get("people.name"), "")
        .ifPresent(name -> model.create(name, created -> {}));
  }

  /** "Merge into…": the selected record is the same human as the one chosen, which is kept. */
  private void merge() {
    PersonSummary selected = table.getSelectionModel().getSelectedItem();
    if (selected == null) {
      return;
    }
    Person duplicate = selected.person();
    var others =
        model.people().items().stream()
            .map(PersonSummary::person)
            .filter(p -> p.id() != duplicate.id())
            .toList();
    new PickerDialog<>(
            root.getScene().getWindow(),
            Messages.get("people.mergeTitle", duplicate.name()),
            others,
            p -> p.email() == null ? p.name() : p.name() + " <" + p.email() + ">")
        .choose()
        .ifPresent(
            keep -> {
              if (alerts.confirm(
                  Messages.get("people.merge"),
                  Messages.get("people.mergeConfirm", duplicate.name(), keep.name()))) {
                model.merge(keep.id(), duplicate.id());
              }
            });
  }

  private void forget() {
    PersonSummary selected = table.getSelectionModel().getSelectedItem();
    if (selected != null
        && alerts.confirm(
            Messages.get("people.forget"),
            Messages.get("people.forgetConfirm", selected.person().name()))) {
      model.forget(selected.person().id());
    }
  }

  @Override
  public Node node() {
    return root;
  }

  /** The view models load and refresh themselves. */
  @Override
  public void close() {
    model.close();
    accountsModel.close();
    listsModel.close();
  }
}

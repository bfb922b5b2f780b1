package com.outsidein.ui.people;

import com.outsidein.domain.Account;
import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Ask;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.Labels;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Tables;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Accounts: segment, lane, touch model, lifecycle stage, region, vertical, annual value. */
final class AccountsPane {

  private final AccountsViewModel model;
  private final Alerts alerts;
  private final TableView<AccountSummary> table = Tables.table(Messages.get("accounts.empty"));
  private final TextField name = new TextField();
  private final TextField region = new TextField();
  private final TextField vertical = new TextField();
  private final TextField annualValue = new TextField();
  private final Map<Dimension, ComboBox<DimensionValue>> choices = new EnumMap<>(Dimension.class);
  private final javafx.scene.control.ListView<String> members =
      new javafx.scene.control.ListView<>();
  private final SplitPane root;

  AccountsPane(AccountsViewModel model, Alerts alerts) {
    this.model = model;
    this.alerts = alerts;
    table.setId("accounts-table");
    table.setItems(model.accounts().items());
    LoadingPlaceholder.show(
        table.placeholderProperty(), model.loadingProperty(), Messages.get("accounts.empty"));
    table
        .getColumns()
        .add(Tables.text(Messages.get("accounts.name"), a -> a.account().name(), 190));
    table
        .getColumns()
        .add(Tables.text(Messages.get("accounts.segment"), AccountSummary::segment, 130));
    table.getColumns().add(Tables.text(Messages.get("accounts.lane"), AccountSummary::lane, 100));
    table
        .getColumns()
        .add(Tables.text(Messages.get("accounts.touchModel"), AccountSummary::touchModel, 110));
    table
        .getColumns()
        .add(Tables.text(Messages.get("accounts.lifecycle"), AccountSummary::lifecycleStage, 110));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("accounts.annualValue"), a -> money(a.account().annualValue()), 110));
    table
        .getColumns()
        .add(Tables.number(Messages.get("accounts.people"), AccountSummary::people, 70));
    Tables.selectFirstWhenFilled(table);
    Tables.keepSelection(table, model.accounts(), a -> a.account().id());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, selected) -> show(selected));

    CommitOnLeave.text(
        name, () -> current().map(Account::name).orElse(""), text -> edit(a -> a.withName(text)));
    CommitOnLeave.text(
        region,
        () -> current().map(a -> nz(a.region())).orElse(""),
        text -> edit(a -> a.withRegion(text)));
    CommitOnLeave.text(
        vertical,
        () -> current().map(a -> nz(a.vertical())).orElse(""),
        text -> edit(a -> a.withVertical(text)));
    CommitOnLeave.text(
        annualValue,
        () ->
            current()
                .map(a -> a.annualValue() == null ? "" : a.annualValue().toPlainString())
                .orElse(""),
        this::changeValue);
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(6);
    form.setPadding(new Insets(12));
    int row = 0;
    form.addRow(row++, new Label(Messages.get("accounts.name")), name);
    for (Dimension dimension : AccountsViewModel.DIMENSIONS) {
      ComboBox<DimensionValue> box = new ComboBox<>(model.values(dimension));
      box.setConverter(named());
      box.setMaxWidth(Double.MAX_VALUE);
      CommitOnLeave.onPick(
          box, value -> edit(a -> a.withValueOf(dimension, value == null ? null : value.id())));
      model
          .values(dimension)
          .addListener(
              (javafx.collections.ListChangeListener<DimensionValue>)
                  change -> show(table.getSelectionModel().getSelectedItem()));
      choices.put(dimension, box);
      form.addRow(row++, new Label(Messages.of(dimension)), box);
    }
    form.addRow(row++, new Label(Messages.get("accounts.region")), region);
    form.addRow(row++, new Label(Messages.get("accounts.vertical")), vertical);
    form.addRow(row, new Label(Messages.get("accounts.annualValue")), annualValue);
    GridPane.setHgrow(name, Priority.ALWAYS);
    form.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

    Button add = new Button(Messages.get("accounts.new"), new FontIcon(Feather.PLUS));
    add.setOnAction(e -> create());
    Button delete = new Button(Messages.get("accounts.delete"), new FontIcon(Feather.TRASH_2));
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> delete());
    VBox.setVgrow(table, Priority.ALWAYS);
    members.setItems(model.members());
    members.setId("account-people");
    members.setPlaceholder(new Label(Messages.get("accounts.noPeople")));
    VBox.setVgrow(members, Priority.ALWAYS);
    Label membersLabel = new Label(Messages.get("accounts.theirPeople"));
    VBox detail = new VBox(6, form, membersLabel, members);
    detail.setPadding(new Insets(0, 12, 12, 12));
    root = new SplitPane(new VBox(new ToolBar(add, delete), table), detail);
    root.setDividerPositions(0.62);
  }

  Node node() {
    return root;
  }

  private Optional<Account> current() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem())
        .map(AccountSummary::account);
  }

  private void show(AccountSummary summary) {
    Account a = summary == null ? null : summary.account();
    name.setText(a == null ? "" : a.name());
    region.setText(a == null ? "" : nz(a.region()));
    vertical.setText(a == null ? "" : nz(a.vertical()));
    annualValue.setText(
        a == null || a.annualValue() == null ? "" : a.annualValue().toPlainString());
    for (Dimension d : AccountsViewModel.DIMENSIONS) {
      Long id = a == null ? null : idOf(a, d);
      choices
          .get(d)
          .setValue(
              model.values(d).stream()
                  .filter(v -> Objects.equals(v.id(), id))
                  .findFirst()
                  .orElse(null));
    }
    model.showMembers(summary == null ? null : summary.account().id());
  }

  private void changeValue(String text) {
    if (text.isBlank()) {
      edit(a -> a.withAnnualValue(null));
      return;
    }
    try {
      BigDecimal value = new BigDecimal(text.replace(",", "").replace(" ", ""));
      edit(a -> a.withAnnualValue(value));
    } catch (NumberFormatException e) {
      alerts.error(Messages.get("accounts.editFailed"), Messages.get("accounts.badValue", text));
      show(table.getSelectionModel().getSelectedItem());
    }
  }

  private void edit(UnaryOperator<Account> change) {
    current().ifPresent(a -> model.update(a, change.apply(a)));
  }

  private void create() {
    Ask.text(root, Messages.get("accounts.new"), Messages.get("accounts.name"), "")
        .ifPresent(model::create);
  }

  private void delete() {
    AccountSummary selected = table.getSelectionModel().getSelectedItem();
    if (selected != null
        && alerts.confirm(
            Messages.get("accounts.delete"),
            Messages.get("accounts.deleteConfirm", selected.account().name(), selected.people()))) {
      model.delete(selected.account().id());
    }
  }

  private static Long idOf(Account a, Dimension d) {
    return switch (d) {
      case SEGMENT -> a.segmentId();
      case LANE -> a.laneId();
      case TOUCH_MODEL -> a.touchModelId();
      default -> a.lifecycleStageId();
    };
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : NumberFormat.getIntegerInstance().format(value);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static StringConverter<DimensionValue> named() {
    return Labels.converter((DimensionValue v) -> v == null ? "" : v.name());
  }
}

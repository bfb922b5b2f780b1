package com.outsidein.ui.screens;

import com.outsidein.domain.Study;
import com.outsidein.domain.StudyStatus;
import com.outsidein.domain.StudySummary;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.CommitOnLeave;
import com.outsidein.ui.DateField;
import com.outsidein.ui.Formats;
import com.outsidein.ui.Labels;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.Tables;
import com.outsidein.ui.entry.TeamMemberField;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Studies: the list, and the selected study's details and research questions, editable in place.
 */
public final class StudiesScreen implements Screen {

  private final StudiesViewModel model;
  private final Alerts alerts;
  private final TableView<StudySummary> table = Tables.table(Messages.get("studies.empty"));
  private final TextField title = new TextField();
  private final ComboBox<StudyStatus> status = new ComboBox<>();
  private final TextField method = new TextField();
  private final DateField startsOn = new DateField();
  private final DateField endsOn = new DateField();
  private final TextField owner = new TextField();
  private final TextArea questions = new TextArea();
  private final SplitPane root;

  public StudiesScreen(StudiesViewModel model, Alerts alerts) {
    this.model = model;
    this.alerts = alerts;
    table.setId("studies-table");
    table.setItems(model.studies().items());
    LoadingPlaceholder.show(
        table.placeholderProperty(), model.loadingProperty(), Messages.get("studies.empty"));
    table.getColumns().add(Tables.text(Messages.get("studies.title"), s -> s.study().title(), 240));
    table
        .getColumns()
        .add(Tables.text(Messages.get("studies.status"), s -> Messages.of(s.study().status()), 90));
    table
        .getColumns()
        .add(
            Tables.text(
                Messages.get("studies.dates"),
                s -> Formats.dateRange(s.study().startsOn(), s.study().endsOn()),
                200));
    table.getColumns().add(Tables.text(Messages.get("studies.owner"), StudySummary::owner, 130));
    table
        .getColumns()
        .add(Tables.number(Messages.get("studies.interviews"), StudySummary::interviews, 80));
    table
        .getColumns()
        .add(Tables.number(Messages.get("studies.observations"), StudySummary::observations, 90));
    Tables.selectFirstWhenFilled(table);
    Tables.keepSelection(table, model.studies(), s -> s.study().id());
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, selected) -> show(selected));

    title.setId("study-title");
    questions.setId("study-questions");
    questions.setWrapText(true);
    status.getItems().setAll(StudyStatus.values());
    status.setConverter(Labels.converter((StudyStatus s) -> s == null ? "" : Messages.of(s)));
    CommitOnLeave.text(
        title, () -> current().map(Study::title).orElse(""), text -> edit(s -> s.withTitle(text)));
    CommitOnLeave.text(
        method,
        () -> current().map(s -> s.method() == null ? "" : s.method()).orElse(""),
        text -> edit(s -> s.withMethod(text)));
    CommitOnLeave.text(
        questions,
        () -> current().map(Study::researchQuestions).orElse(""),
        text -> edit(s -> s.withResearchQuestions(text)));
    CommitOnLeave.onPick(status, e -> edit(s -> s.withStatus(status.getValue())));
    startsOn.setId("study-starts");
    startsOn.setOnCommit(date -> edit(s -> s.withStartsOn(date)));
    startsOn.setCheck(
        date ->
            current()
                .filter(s -> !Study.inOrder(date, s.endsOn()))
                .map(
                    s ->
                        Messages.get(
                            "date.endBeforeStart", Formats.date(s.endsOn()), Formats.date(date)))
                .orElse(null));
    endsOn.setId("study-ends");
    endsOn.setOnCommit(date -> edit(s -> s.withEndsOn(date)));
    endsOn.setCheck(
        date ->
            current()
                .filter(s -> !Study.inOrder(s.startsOn(), date))
                .map(
                    s ->
                        Messages.get(
                            "date.endBeforeStart", Formats.date(date), Formats.date(s.startsOn())))
                .orElse(null));
    owner.setPromptText(Messages.get("interviews.interviewerPrompt"));
    TeamMemberField ownerField =
        new TeamMemberField(owner, model::ownersMatching, this::ownerName, this::setOwner);

    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(6);
    form.addRow(0, new Label(Messages.get("studies.title")), title);
    form.addRow(1, new Label(Messages.get("studies.status")), status);
    form.addRow(2, new Label(Messages.get("studies.method")), method);
    form.addRow(3, new Label(Messages.get("studies.starts")), startsOn.node());
    form.addRow(4, new Label(Messages.get("studies.ends")), endsOn.node());
    form.addRow(5, new Label(Messages.get("studies.owner")), ownerField.node());
    GridPane.setHgrow(title, Priority.ALWAYS);
    VBox.setVgrow(questions, Priority.ALWAYS);
    VBox detail = new VBox(8, form, new Label(Messages.get("studies.questions")), questions);
    detail.setPadding(new Insets(12));
    detail.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

    Button add = new Button(Messages.get("studies.new"), new FontIcon(Feather.PLUS));
    add.setId("study-new");
    add.setOnAction(e -> create());
    Button delete = new Button(Messages.get("studies.delete"), new FontIcon(Feather.TRASH_2));
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> delete());
    VBox.setVgrow(table, Priority.ALWAYS);
    root = new SplitPane(new VBox(new ToolBar(add, delete), table), detail);
    root.setDividerPositions(0.6);
  }

  private Optional<Study> current() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem())
        .map(StudySummary::study);
  }

  private void show(StudySummary summary) {
    Study s = summary == null ? null : summary.study();
    title.setText(s == null ? "" : s.title());
    status.setValue(s == null ? null : s.status());
    method.setText(s == null || s.method() == null ? "" : s.method());
    startsOn.show(s == null ? null : s.startsOn());
    endsOn.show(s == null ? null : s.endsOn());
    owner.setText(summary == null || summary.owner() == null ? "" : summary.owner());
    questions.setText(s == null ? "" : s.researchQuestions());
  }

  private String ownerName() {
    StudySummary selected = table.getSelectionModel().getSelectedItem();
    return selected == null || selected.owner() == null ? "" : selected.owner();
  }

  private void setOwner(String name) {
    current().ifPresent(s -> model.setOwner(s, name));
  }

  /** Saves the change; fields already show it, and show the study again if it is refused. */
  private void edit(UnaryOperator<Study> change) {
    current()
        .ifPresent(
            s ->
                model.update(
                    s, change.apply(s), () -> show(table.getSelectionModel().getSelectedItem())));
  }

  private void create() {
    TextInputDialog ask = new TextInputDialog();
    ask.initOwner(root.getScene().getWindow());
    ask.setTitle(Messages.get("studies.new"));
    ask.setHeaderText(Messages.get("studies.new"));
    ask.setContentText(Messages.get("studies.title"));
    ask.getEditor().setId("new-study-title");
    ask.showAndWait().map(String::trim).filter(t -> !t.isEmpty()).ifPresent(model::create);
  }

  private void delete() {
    current()
        .ifPresent(
            s ->
                model.impactOfDeleting(
                    s.id(),
                    impact -> {
                      if (alerts.confirm(
                          Messages.get("studies.delete"),
                          Messages.get(
                              "studies.deleteConfirm",
                              s.title(),
                              impact.children(),
                              impact.observations()))) {
                        model.delete(s.id());
                      }
                    }));
  }

  @Override
  public Node node() {
    return root;
  }

  /** The view model loads and refreshes itself. */
  @Override
  public void close() {
    model.close();
  }
}

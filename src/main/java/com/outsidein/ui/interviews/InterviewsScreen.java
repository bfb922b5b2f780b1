package com.outsidein.ui.interviews;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Study;
import com.outsidein.domain.TextSpan;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.FilePicker;
import com.outsidein.ui.LoadingPlaceholder;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.SelectWhenListed;
import com.outsidein.ui.Tables;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Interviews: the list, and the editor of the one selected. */
public final class InterviewsScreen implements Screen {

  private final InterviewsViewModel model;
  private final Alerts alerts;
  private final InterviewEditorViewModel editorModel;
  private final InterviewEditor editor;
  private final TableView<InterviewSummary> table = Tables.table(Messages.get("interviews.empty"));
  private final SplitPane root;
  private final SelectWhenListed<InterviewSummary> selection;

  /**
   * @param files how the file of a transcript to import is chosen
   * @param openInTable shows the observations of an interview (study id, interview id) in the table
   */
  public InterviewsScreen(
      InterviewsViewModel model,
      FilePicker files,
      Alerts alerts,
      BiConsumer<Long, Long> openInTable) {
    this.model = model;
    this.alerts = alerts;
    this.editorModel = model.editor();
    this.editor =
        new InterviewEditor(
            editorModel,
            files,
            () -> {
              Interview open = editorModel.interviewProperty().get();
              if (open != null) {
                openInTable.accept(open.studyId(), open.id());
              }
            });
    table.setId("interviews-table");
    table.setItems(model.interviews().items());
    LoadingPlaceholder.show(
        table.placeholderProperty(), model.loadingProperty(), Messages.get("interviews.empty"));
    selection = new SelectWhenListed<>(table, InterviewSummary::id);
    table
        .getColumns()
        .add(Tables.text(Messages.get("interviews.title"), InterviewSummary::title, 200));
    table.getColumns().add(Tables.date(Messages.get("interviews.date"), InterviewSummary::heldOn));
    table
        .getColumns()
        .add(
            Tables.number(
                Messages.get("interviews.observationsShort"), InterviewSummary::observations, 45));
    Tables.selectFirstWhenFilled(table);
    Tables.keepSelection(table, model.interviews(), InterviewSummary::id);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, selected) -> {
              // A reload clears and restores the selection; only a real change of interview reopens
              // it.
              Interview open = editorModel.interviewProperty().get();
              if (selected != null && (open == null || open.id() != selected.id())) {
                editorModel.open(selected.id());
              } else if (selected == null && !model.interviews().isReplacing()) {
                editorModel.open(null);
              }
            });
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DELETE) {
            delete();
          }
        });

    Button add = new Button(Messages.get("interviews.new"), new FontIcon(Feather.PLUS));
    add.setId("interview-new");
    add.setOnAction(e -> create());
    // An icon, so that both buttons fit above the list at the default window size.
    Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
    delete.setTooltip(new javafx.scene.control.Tooltip(Messages.get("interviews.delete")));
    delete.setAccessibleText(Messages.get("interviews.delete"));
    delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> delete());
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox left = new VBox(new ToolBar(add, delete), table);
    left.setPrefWidth(340);
    left.setMaxWidth(480);
    root = new SplitPane(left, editor.node());
    root.setDividerPositions(0.29);
    SplitPane.setResizableWithParent(left, false);
  }

  /** Shows an interview with a passage of its notes or transcript selected. */
  public void openPassage(long interviewId, InterviewField field, TextSpan passage) {
    editorModel.showPassage(interviewId, field, passage);
    open(interviewId);
  }

  /** Shows an interview with one of its observations selected (and its passage, if it has one). */
  public void openObservation(long interviewId, long observationId) {
    editorModel.selectObservationWhenShown(observationId);
    open(interviewId);
  }

  private void open(long interviewId) {
    selection.select(interviewId);
  }

  private void create() {
    model.studiesForNew(
        studies ->
            askNew(studies)
                .ifPresent(
                    draft ->
                        model.create(
                            draft.studyId(),
                            draft.title(),
                            created -> selection.select(created.id()))));
  }

  private Optional<Interview> askNew(List<Study> studies) {
    Dialog<Interview> dialog = new Dialog<>();
    dialog.initOwner(root.getScene().getWindow());
    dialog.setTitle(Messages.get("interviews.new"));
    dialog.setHeaderText(Messages.get("interviews.new"));
    ComboBox<Study> study = new ComboBox<>();
    study.getItems().setAll(studies);
    study.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Study s) {
            return s == null ? "" : s.title();
          }

          @Override
          public Study fromString(String s) {
            return null;
          }
        });
    InterviewSummary selected = table.getSelectionModel().getSelectedItem();
    study.setValue(
        studies.stream()
            .filter(s -> selected != null && s.id() == selected.studyId())
            .findFirst()
            .orElse(studies.get(0)));
    TextField title = new TextField();
    title.setId("new-interview-title");
    title.setPromptText(Messages.get("interviews.titlePrompt"));
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label(Messages.get("interviews.study")), study);
    grid.addRow(1, new Label(Messages.get("interviews.title")), title);
    dialog.getDialogPane().setContent(grid);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(title.textProperty().isEmpty());
    dialog.setOnShown(e -> title.requestFocus());
    dialog.setResultConverter(
        button ->
            button != ButtonType.OK
                ? null
                : Interview.draft(study.getValue().id(), title.getText().trim(), LocalDate.now()));
    return dialog.showAndWait();
  }

  private void delete() {
    InterviewSummary selected = table.getSelectionModel().getSelectedItem();
    if (selected == null) {
      return;
    }
    model.impactOfDeleting(
        selected.id(),
        impact -> {
          if (alerts.confirm(
              Messages.get("interviews.delete"),
              Messages.get(
                  "interviews.deleteConfirm",
                  selected.title(),
                  impact.observations(),
                  impact.evidence(),
                  impact.citations()))) {
            model.delete(selected.id());
          }
        });
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void close() {
    model.close();
  }

  @Override
  public void flush() {
    editorModel.flush();
  }

  @Override
  public boolean focusEntry() {
    if (editorModel.interviewProperty().get() == null) {
      return false;
    }
    editor.focusEntry();
    return true;
  }
}

package com.outsidein.ui.importing;

import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Messages;
import com.outsidein.ui.WorkDialogStage;
import com.outsidein.ui.task.BackgroundTasks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Import observations…: the file (typed or chosen), the study, a preview of the first rows
 * with the columns found and warnings, then Import with a progress bar and Cancel, and the summary
 * or the problems. A file imported before is imported again only when the person confirms.
 */
public final class ImportObservationsDialog {

  private final Window owner;
  private final ImportObservationsViewModel model;
  private final Stage stage = new Stage();

  public ImportObservationsDialog(Window owner, ImportObservationsViewModel model) {
    this.owner = owner;
    this.model = model;
  }

  public static ImportObservationsDialog open(
      Window owner, WorkspaceSession session, BackgroundTasks tasks) {
    ImportObservationsDialog dialog =
        new ImportObservationsDialog(owner, new ImportObservationsViewModel(session, tasks));
    dialog.show();
    return dialog;
  }

  public ImportObservationsViewModel model() {
    return model;
  }

  public Stage stage() {
    return stage;
  }

  public void show() {
    TextField file = new TextField();
    file.setId("import-file");
    file.setPromptText(Messages.get("import.noFile"));
    file.textProperty().bindBidirectional(model.pathProperty());
    file.disableProperty().bind(model.runningProperty());
    Button choose = new Button(Messages.get("import.choose"));
    choose.setId("import-choose");
    choose.setOnAction(e -> chooseFile());
    choose.disableProperty().bind(model.runningProperty());
    HBox fileRow = new HBox(8, file, choose);
    HBox.setHgrow(file, Priority.ALWAYS);

    ComboBox<String> study = new ComboBox<>(model.studies());
    study.setId("import-study");
    study.setEditable(true);
    study.setPromptText(Messages.get("import.studyPrompt"));
    study.setMaxWidth(Double.MAX_VALUE);
    study.getEditor().textProperty().bindBidirectional(model.studyProperty());
    study.disableProperty().bind(model.runningProperty());

    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(10);
    form.addRow(0, new Label(Messages.get("import.file")), fileRow);
    form.addRow(1, new Label(Messages.get("import.study")), study);
    ColumnConstraints labels = new ColumnConstraints();
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fields);

    TableView<List<String>> preview = previewTable();
    Label detected = new Label();
    detected.setId("import-detected");
    detected
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.detectedProperty().get().isEmpty()
                        ? ""
                        : Messages.get("import.detected", model.detectedProperty().get()),
                model.detectedProperty()));
    Label warnings = new Label();
    warnings.setId("import-warnings");
    warnings.setWrapText(true);
    warnings.getStyleClass().add("warning");
    warnings
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join("\n", model.warnings()), model.warnings()));

    ProgressBar bar = new ProgressBar(0);
    bar.setId("import-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(model.progressProperty());
    bar.visibleProperty().bind(model.runningProperty());
    Label status = new Label();
    status.setId("import-status");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.setMaxWidth(680);
    status.textProperty().bind(model.statusProperty());
    ListView<String> problems = new ListView<>(model.problems());
    problems.setId("import-problems");
    problems.setPrefHeight(140);
    problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
    problems.managedProperty().bind(problems.visibleProperty());
    problems.getStyleClass().add("danger");

    Button run = new Button(Messages.get("import.run"));
    run.setId("import-run");
    run.setDefaultButton(true);
    run.disableProperty().bind(model.canImportProperty().not());
    run.setOnAction(e -> model.importFile(false));
    Button cancel = new Button();
    cancel.setId("import-cancel");
    cancel.setCancelButton(true);
    cancel
        .textProperty()
        .bind(
            Bindings.when(model.runningProperty())
                .then(Messages.get("import.cancel"))
                .otherwise(Messages.get("import.close")));
    cancel.setOnAction(
        e -> {
          if (model.runningProperty().get()) {
            model.cancel();
          } else {
            stage.close();
          }
        });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, spacer, cancel, run);
    buttons.setAlignment(Pos.CENTER_RIGHT);

    Label intro = new Label(Messages.get("import.intro"));
    intro.setWrapText(true);
    intro.setMaxWidth(680);
    intro.getStyleClass().add("text-muted");
    intro.setMinHeight(Region.USE_PREF_SIZE);
    VBox root =
        new VBox(
            12,
            intro,
            form,
            new Label(Messages.get("import.preview")),
            preview,
            detected,
            warnings,
            bar,
            status,
            problems,
            buttons);
    root.setPadding(new Insets(18));
    root.setPrefWidth(720);

    model
        .outcomeProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == ImportObservationsViewModel.Outcome.ALREADY_IMPORTED) {
                askAgain();
              }
            });

    WorkDialogStage.prepare(stage, owner, Messages.get("import.title"), root);
    WorkDialogStage.cancelOnClose(stage, model.runningProperty(), model::cancel);
    stage.show();
    model.load();
  }

  private TableView<List<String>> previewTable() {
    TableView<List<String>> table = new TableView<>(model.previewRows());
    table.setId("import-preview");
    table.setPrefHeight(200);
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    model
        .previewHeader()
        .addListener(
            (ListChangeListener<String>)
                change -> {
                  table.getColumns().clear();
                  List<String> header = List.copyOf(model.previewHeader());
                  for (int i = 0; i < header.size(); i++) {
                    int index = i;
                    TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
                    column.setCellValueFactory(
                        row ->
                            new ReadOnlyStringWrapper(
                                index < row.getValue().size() ? row.getValue().get(index) : ""));
                    column.setPrefWidth(120);
                    table.getColumns().add(column);
                  }
                });
    return table;
  }

  private void askAgain() {
    Alert confirm =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            model.statusProperty().get() + "\n\n" + Messages.get("import.againTitle"),
            ButtonType.YES,
            ButtonType.NO);
    confirm.initOwner(stage);
    confirm.setTitle(Messages.get("import.againTitle"));
    confirm.setHeaderText(Messages.get("import.againTitle"));
    if (confirm.showAndWait().filter(ButtonType.YES::equals).isPresent()) {
      model.importFile(true);
    }
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("import.chooseTitle"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(Messages.get("import.files"), "*.csv", "*.xlsx"));
    Path folder = Path.of(System.getProperty("user.home"));
    if (Files.isDirectory(folder)) {
      chooser.setInitialDirectory(folder.toFile());
    }
    File chosen = chooser.showOpenDialog(stage);
    if (chosen != null) {
      model.pathProperty().set(chosen.toPath().toString());
    }
  }
}

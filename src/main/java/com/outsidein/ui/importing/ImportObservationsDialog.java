package com.outsidein.ui.importing;

import com.outsidein.ui.Messages;
import com.outsidein.ui.WorkDialogParts;
import com.outsidein.ui.WorkDialogStage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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

  public ImportObservationsViewModel model() {
    return model;
  }

  public Stage stage() {
    return stage;
  }

  public void show() {
    HBox fileRow =
        ImportFileRow.of(
            "import-file", "import-choose", model.pathProperty(), model.runningProperty(), stage);

    ComboBox<String> study = new ComboBox<>(model.studies());
    study.setId("import-study");
    study.setEditable(true);
    study.setPromptText(Messages.get("import.studyPrompt"));
    study.setMaxWidth(Double.MAX_VALUE);
    study.getEditor().textProperty().bindBidirectional(model.studyProperty());
    study.disableProperty().bind(model.runningProperty());

    GridPane form = WorkDialogParts.form();
    form.addRow(0, new Label(Messages.get("import.file")), fileRow);
    form.addRow(1, new Label(Messages.get("import.study")), study);

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
    Label status = WorkDialogParts.status("import-status", model.statusProperty(), 680);
    ListView<String> problems = WorkDialogParts.problems("import-problems", model.problems());

    Button run = new Button(Messages.get("import.run"));
    run.setId("import-run");
    run.setDefaultButton(true);
    run.disableProperty().bind(model.canImportProperty().not());
    run.setOnAction(e -> model.importFile(false));
    Button cancel =
        WorkDialogParts.cancelOrClose(
            "import-cancel", stage, model.runningProperty(), model::cancel);
    HBox buttons = WorkDialogParts.buttons(cancel, run);

    Label intro = WorkDialogParts.intro(Messages.get("import.intro"), 680);
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
    if (WorkDialogParts.confirm(
        stage,
        Messages.get("import.againTitle"),
        model.statusProperty().get() + "\n\n" + Messages.get("import.againTitle"))) {
      model.importFile(true);
    }
  }
}

package com.outsidein.ui.export;

import com.outsidein.ui.Messages;
import com.outsidein.ui.WorkDialogParts;
import com.outsidein.ui.WorkDialogStage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Export report…: a small window to choose a study (or all) and a file, then a progress bar
 * and Cancel while the report is written in the background, and what came of it.
 */
public final class ExportReportDialog {

  private final Window owner;
  private final ExportReportViewModel model;
  private final Stage stage = new Stage();

  public ExportReportDialog(Window owner, ExportReportViewModel model) {
    this.owner = owner;
    this.model = model;
  }

  public ExportReportViewModel model() {
    return model;
  }

  public Stage stage() {
    return stage;
  }

  public void show() {
    ComboBox<ExportReportViewModel.Scope> scope = new ComboBox<>(model.scopes());
    scope.setId("export-study");
    scope.valueProperty().bindBidirectional(model.scopeProperty());
    scope.setMaxWidth(Double.MAX_VALUE);
    scope.disableProperty().bind(model.runningProperty());

    TextField file = new TextField();
    file.setId("export-file");
    file.setEditable(false);
    file.setPromptText(Messages.get("export.noFile"));
    file.textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.targetProperty().get() == null
                        ? ""
                        : model.targetProperty().get().toString(),
                model.targetProperty()));
    Button choose = new Button(Messages.get("export.choose"));
    choose.setId("export-choose");
    choose.setOnAction(e -> chooseFile());
    choose.disableProperty().bind(model.runningProperty());
    HBox fileRow = new HBox(8, file, choose);
    HBox.setHgrow(file, Priority.ALWAYS);

    GridPane form = WorkDialogParts.form();
    form.addRow(0, new Label(Messages.get("export.study")), scope);
    form.addRow(1, new Label(Messages.get("export.file")), fileRow);

    ProgressBar bar = new ProgressBar(0);
    bar.setId("export-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(model.progressProperty());
    bar.visibleProperty()
        .bind(model.outcomeProperty().isNotEqualTo(ExportReportViewModel.Outcome.NONE));
    Label status = WorkDialogParts.status("export-status", model.statusProperty(), 520);
    model
        .outcomeProperty()
        .addListener(
            (obs, old, now) -> {
              status.getStyleClass().removeAll("success", "danger");
              if (now == ExportReportViewModel.Outcome.SUCCEEDED) {
                status.getStyleClass().add("success");
              } else if (now == ExportReportViewModel.Outcome.FAILED) {
                status.getStyleClass().add("danger");
              }
            });

    Button run = new Button(Messages.get("export.run"));
    run.setId("export-run");
    run.setDefaultButton(true);
    run.disableProperty().bind(model.canExportProperty().not());
    run.setOnAction(e -> model.export());
    Button cancel =
        WorkDialogParts.cancelOrClose(
            "export-cancel", stage, model.runningProperty(), model::cancel);
    HBox buttons = WorkDialogParts.buttons(cancel, run);

    Label intro = WorkDialogParts.intro(Messages.get("export.intro"), 520);
    VBox root = new VBox(14, intro, form, bar, status, buttons);
    root.setPadding(new Insets(18));
    root.setPrefWidth(560);

    WorkDialogStage.prepare(stage, owner, Messages.get("export.title"), root);
    WorkDialogStage.cancelOnClose(stage, model.runningProperty(), model::cancel);
    stage.show();
    model.load();
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("export.chooseTitle"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(Messages.get("export.xlsxFiles"), "*.xlsx"));
    Path current = model.targetProperty().get();
    Path folder = current != null ? current.getParent() : Path.of(System.getProperty("user.home"));
    if (folder != null && Files.isDirectory(folder)) {
      chooser.setInitialDirectory(folder.toFile());
    }
    chooser.setInitialFileName(model.suggestedFileName());
    File chosen = chooser.showSaveDialog(stage);
    if (chosen != null) {
      Path path = chosen.toPath();
      if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        path = path.resolveSibling(path.getFileName() + ".xlsx");
      }
      model.targetProperty().set(path);
    }
  }
}

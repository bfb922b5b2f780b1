package com.outsidein.ui.refi;

import com.outsidein.ui.Messages;
import com.outsidein.ui.WorkDialogParts;
import com.outsidein.ui.WorkDialogStage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
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
 * File › Export › REFI-QDA project…: choose a study (or all) and a file, then a progress bar and
 * Cancel while the project is written in the background, its summary and what was held back.
 */
public final class ExportProjectDialog {

  private final Window owner;
  private final ExportProjectViewModel model;
  private final Stage stage = new Stage();

  public ExportProjectDialog(Window owner, ExportProjectViewModel model) {
    this.owner = owner;
    this.model = model;
  }

  public Stage stage() {
    return stage;
  }

  public void show() {
    ComboBox<ExportProjectViewModel.Scope> scope = new ComboBox<>(model.scopes());
    scope.setId("refi-export-study");
    scope.valueProperty().bindBidirectional(model.scopeProperty());
    scope.setMaxWidth(Double.MAX_VALUE);
    scope.disableProperty().bind(model.runningProperty());

    TextField file = new TextField();
    file.setId("refi-export-file");
    file.setEditable(false);
    file.setPromptText(Messages.get("refi.export.noFile"));
    file.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.targetProperty().get() == null
                        ? ""
                        : model.targetProperty().get().toString(),
                model.targetProperty()));
    Button choose = new Button(Messages.get("refi.export.choose"));
    choose.setId("refi-export-choose");
    choose.setOnAction(e -> chooseFile());
    choose.disableProperty().bind(model.runningProperty());
    HBox fileRow = new HBox(8, file, choose);
    HBox.setHgrow(file, Priority.ALWAYS);

    GridPane form = WorkDialogParts.form();
    form.addRow(0, new Label(Messages.get("refi.export.study")), scope);
    form.addRow(1, new Label(Messages.get("refi.export.file")), fileRow);

    ProgressBar bar = new ProgressBar(0);
    bar.setId("refi-export-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(model.progressProperty());
    Label status = WorkDialogParts.status("refi-export-status", model.statusProperty(), 520);
    Label heldBack = WorkDialogParts.status("refi-export-held-back", model.heldBackProperty(), 520);

    Button run = new Button(Messages.get("refi.export.run"));
    run.setId("refi-export-run");
    run.setDefaultButton(true);
    run.disableProperty().bind(model.canExportProperty().not());
    run.setOnAction(e -> model.export());
    Button cancel =
        WorkDialogParts.cancelOrClose(
            "refi-export-cancel", stage, model.runningProperty(), model::cancel);
    HBox buttons = WorkDialogParts.buttons(cancel, run);

    Label intro = WorkDialogParts.intro(Messages.get("refi.export.intro"), 520);
    VBox root = new VBox(14, intro, form, bar, status, heldBack, buttons);
    root.setPadding(new Insets(18));
    root.setPrefWidth(560);

    WorkDialogStage.prepare(stage, owner, Messages.get("refi.export.title"), root);
    WorkDialogStage.cancelOnClose(stage, model.runningProperty(), model::cancel);
    stage.show();
    model.load();
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("refi.export.chooseTitle"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(Messages.get("refi.export.qdpxFiles"), "*.qdpx"));
    Path current = model.targetProperty().get();
    Path folder = current != null ? current.getParent() : Path.of(System.getProperty("user.home"));
    if (folder != null && Files.isDirectory(folder)) {
      chooser.setInitialDirectory(folder.toFile());
    }
    chooser.setInitialFileName(model.suggestedFileName());
    File chosen = chooser.showSaveDialog(stage);
    if (chosen != null) {
      Path path = chosen.toPath();
      if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
        path = path.resolveSibling(path.getFileName() + ".qdpx");
      }
      model.targetProperty().set(path);
    }
  }
}

package com.outsidein.ui.importing;

import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Messages;
import com.outsidein.ui.WorkDialogStage;
import com.outsidein.ui.task.BackgroundTasks;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File › Import people…: a file typed or chosen, Import, and the result or every problem. */
public final class ImportPeopleDialog {

  private final Window owner;
  private final ImportPeopleViewModel model;
  private final Stage stage = new Stage();

  public ImportPeopleDialog(Window owner, ImportPeopleViewModel model) {
    this.owner = owner;
    this.model = model;
  }

  public static ImportPeopleDialog open(
      Window owner, WorkspaceSession session, BackgroundTasks tasks) {
    ImportPeopleDialog dialog =
        new ImportPeopleDialog(owner, new ImportPeopleViewModel(session, tasks));
    dialog.show();
    return dialog;
  }

  public void show() {
    TextField file = new TextField();
    file.setId("import-people-file");
    file.setPromptText(Messages.get("import.noFile"));
    file.textProperty().bindBidirectional(model.pathProperty());
    file.disableProperty().bind(model.runningProperty());
    Button choose = new Button(Messages.get("import.choose"));
    choose.setOnAction(e -> chooseFile());
    choose.disableProperty().bind(model.runningProperty());
    HBox fileRow = new HBox(8, new Label(Messages.get("import.file")), file, choose);
    fileRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(file, Priority.ALWAYS);

    Label status = new Label();
    status.setId("import-people-status");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.setMaxWidth(580);
    status.textProperty().bind(model.statusProperty());
    ListView<String> problems = new ListView<>(model.problems());
    problems.setPrefHeight(140);
    problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
    problems.managedProperty().bind(problems.visibleProperty());

    Button run = new Button(Messages.get("import.run"));
    run.setId("import-people-run");
    run.setDefaultButton(true);
    run.disableProperty().bind(model.canImportProperty().not());
    run.setOnAction(e -> model.importFile(false));
    Button close = new Button(Messages.get("import.close"));
    close.setCancelButton(true);
    close.disableProperty().bind(model.runningProperty());
    close.setOnAction(e -> stage.close());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, spacer, close, run);

    Label intro = new Label(Messages.get("importPeople.intro"));
    intro.setWrapText(true);
    intro.setMaxWidth(580);
    intro.getStyleClass().add("text-muted");
    intro.setMinHeight(Region.USE_PREF_SIZE);
    VBox root = new VBox(12, intro, fileRow, status, problems, buttons);
    root.setPadding(new Insets(18));
    root.setPrefWidth(620);

    model
        .outcomeProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == ImportObservationsViewModel.Outcome.ALREADY_IMPORTED) {
                Alert confirm =
                    new Alert(
                        Alert.AlertType.CONFIRMATION,
                        model.statusProperty().get() + "\n\n" + Messages.get("import.againTitle"),
                        ButtonType.YES,
                        ButtonType.NO);
                confirm.initOwner(stage);
                confirm.setHeaderText(Messages.get("import.againTitle"));
                if (confirm.showAndWait().filter(ButtonType.YES::equals).isPresent()) {
                  model.importFile(true);
                }
              }
            });
    WorkDialogStage.prepare(stage, owner, Messages.get("importPeople.title"), root);
    WorkDialogStage.keepOpenWhile(stage, model.runningProperty());
    stage.show();
  }

  private void chooseFile() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("import.chooseTitle"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(Messages.get("import.files"), "*.csv", "*.xlsx"));
    File chosen = chooser.showOpenDialog(stage);
    if (chosen != null) {
      model.pathProperty().set(chosen.toPath().toString());
    }
  }
}

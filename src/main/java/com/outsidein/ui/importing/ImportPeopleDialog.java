package com.outsidein.ui.importing;

import com.outsidein.ui.Messages;
import com.outsidein.ui.WorkDialogParts;
import com.outsidein.ui.WorkDialogStage;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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

  public void show() {
    HBox fileRow =
        ImportFileRow.of(
            "import-people-file",
            "import-people-choose",
            model.pathProperty(),
            model.runningProperty(),
            stage);
    GridPane form = WorkDialogParts.form();
    form.addRow(0, new Label(Messages.get("import.file")), fileRow);

    Label status = WorkDialogParts.status("import-people-status", model.statusProperty(), 580);
    ListView<String> problems =
        WorkDialogParts.problems("import-people-problems", model.problems());

    Button run = new Button(Messages.get("import.run"));
    run.setId("import-people-run");
    run.setDefaultButton(true);
    run.disableProperty().bind(model.canImportProperty().not());
    run.setOnAction(e -> model.importFile(false));
    HBox buttons =
        WorkDialogParts.buttons(WorkDialogParts.close(stage, model.runningProperty()), run);

    Label intro = WorkDialogParts.intro(Messages.get("importPeople.intro"), 580);
    VBox root = new VBox(12, intro, form, status, problems, buttons);
    root.setPadding(new Insets(18));
    root.setPrefWidth(620);

    model
        .outcomeProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == ImportObservationsViewModel.Outcome.ALREADY_IMPORTED
                  && WorkDialogParts.confirm(
                      stage,
                      Messages.get("import.againTitle"),
                      model.statusProperty().get() + "\n\n" + Messages.get("import.againTitle"))) {
                model.importFile(true);
              }
            });
    WorkDialogStage.prepare(stage, owner, Messages.get("importPeople.title"), root);
    WorkDialogStage.keepOpenWhile(stage, model.runningProperty());
    stage.show();
  }
}

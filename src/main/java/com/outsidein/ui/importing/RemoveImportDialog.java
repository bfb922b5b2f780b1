package com.outsidein.ui.importing;

import com.outsidein.ui.Messages;
import com.outsidein.ui.WorkDialogParts;
import com.outsidein.ui.WorkDialogStage;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** File › Remove import…: pick one of the workspace's imports, confirm, and it is removed whole. */
public final class RemoveImportDialog {

  private final Window owner;
  private final RemoveImportViewModel model;
  private final Stage stage = new Stage();

  public RemoveImportDialog(Window owner, RemoveImportViewModel model) {
    this.owner = owner;
    this.model = model;
  }

  public RemoveImportViewModel model() {
    return model;
  }

  public void show() {
    ListView<RemoveImportViewModel.Entry> list = new ListView<>(model.entries());
    list.setId("remove-imports");
    list.setPrefHeight(240);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> model.selectedProperty().set(now));
    Label status = WorkDialogParts.status("remove-status", model.statusProperty(), 620);

    Button remove = new Button(Messages.get("remove.run"));
    remove.setId("remove-run");
    remove.disableProperty().bind(model.selectedProperty().isNull().or(model.runningProperty()));
    remove.setOnAction(
        e -> {
          Alert confirm =
              new Alert(
                  Alert.AlertType.CONFIRMATION,
                  model.confirmation(),
                  ButtonType.OK,
                  ButtonType.CANCEL);
          confirm.initOwner(stage);
          confirm.setTitle(Messages.get("remove.title"));
          confirm.setHeaderText(Messages.get("remove.title"));
          if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.remove();
          }
        });
    HBox buttons =
        WorkDialogParts.buttons(WorkDialogParts.close(stage, model.runningProperty()), remove);

    Label intro = WorkDialogParts.intro(Messages.get("remove.intro"), 620);
    VBox root = new VBox(12, intro, list, status, buttons);
    root.setPadding(new Insets(18));
    root.setPrefWidth(660);

    WorkDialogStage.prepare(stage, owner, Messages.get("remove.title"), root);
    WorkDialogStage.keepOpenWhile(stage, model.runningProperty());
    stage.show();
    model.load();
  }
}

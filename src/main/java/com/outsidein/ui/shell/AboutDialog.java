package com.outsidein.ui.shell;

import com.outsidein.ui.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: what OutsideIn is, its version and licence. */
final class AboutDialog {

  private final Window owner;

  AboutDialog(Window owner) {
    this.owner = owner;
  }

  void show() {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("about.title"));
    alert.setHeaderText(Messages.get("app.name") + " " + com.outsidein.service.AppInfo.version());
    Label description = new Label(Messages.get("about.description"));
    description.setWrapText(true);
    description.setMaxWidth(460);
    Label licence = new Label(Messages.get("about.licence"));
    licence.setWrapText(true);
    licence.getStyleClass().add("text-muted");
    alert.getDialogPane().setContent(new VBox(10, description, licence));
    alert.showAndWait();
  }
}

package com.outsidein.ui.shell;

import com.outsidein.ui.AppIcon;
import com.outsidein.ui.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help › About: the icon, what OutsideIn is, its version and licence, and third-party licences. */
final class AboutDialog {

  private final Window owner;
  private final AboutViewModel model;

  AboutDialog(Window owner, AboutViewModel model) {
    this.owner = owner;
    this.model = model;
  }

  void show() {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("about.title"));
    alert.setHeaderText(model.heading());
    alert.setGraphic(AppIcon.view(64));
    AppIcon.applyTo(alert.getDialogPane().getScene().getWindow());
    alert.getDialogPane().setId("about");
    Label description = new Label(Messages.get("about.description"));
    description.setWrapText(true);
    description.setMaxWidth(460);
    Label licence = new Label(Messages.get("about.licence"));
    licence.setWrapText(true);
    licence.getStyleClass().add("text-muted");
    Hyperlink thirdParty = new Hyperlink(Messages.get("about.thirdParty"));
    thirdParty.setId("about-third-party");
    thirdParty.setOnAction(
        e -> showThirdPartyLicences(alert.getDialogPane().getScene().getWindow()));
    alert.getDialogPane().setContent(new VBox(10, description, licence, thirdParty));
    alert.show();
  }

  /** The notice in a window of its own, large enough to read and resizable. */
  private void showThirdPartyLicences(Window about) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(about);
    dialog.setTitle(Messages.get("about.thirdParty.title"));
    dialog.setResizable(true);
    AppIcon.applyTo(dialog.getDialogPane().getScene().getWindow());
    Label intro = new Label(Messages.get("about.thirdParty.intro"));
    intro.setWrapText(true);
    TextArea text = new TextArea(model.thirdPartyNotice());
    text.setId("third-party-text");
    text.setEditable(false);
    text.setWrapText(true);
    text.setStyle("-fx-font-family: monospace; -fx-font-size: 12px;");
    text.setPrefColumnCount(104);
    text.setPrefRowCount(32);
    VBox.setVgrow(text, Priority.ALWAYS);
    dialog.getDialogPane().setContent(new VBox(10, intro, text));
    dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.show();
  }
}

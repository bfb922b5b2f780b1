package com.outsidein.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** {@link Alerts} as JavaFX dialogs over the main window. */
public final class FxAlerts implements Alerts {

  private final Supplier<Window> owner;

  public FxAlerts(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public void error(String title, String message) {
    show(Alert.AlertType.ERROR, title, message);
  }

  @Override
  public void info(String title, String message) {
    show(Alert.AlertType.INFORMATION, title, message);
  }

  @Override
  public boolean confirm(String title, String message) {
    Alert alert = build(Alert.AlertType.CONFIRMATION, title, message);
    return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
  }

  private void show(Alert.AlertType type, String title, String message) {
    build(type, title, message).showAndWait();
  }

  private Alert build(Alert.AlertType type, String title, String message) {
    Alert alert = new Alert(type);
    Window window = owner.get();
    if (window != null && window.isShowing()) {
      alert.initOwner(window);
    }
    alert.setTitle(title);
    alert.setHeaderText(title);
    Label text = new Label(message);
    text.setWrapText(true);
    text.setMaxWidth(520);
    alert.getDialogPane().setContent(text);
    return alert;
  }
}

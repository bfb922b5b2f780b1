package com.outsidein.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;

/** Asks for one line of text in a small dialog over the window the node is in. */
public final class Ask {

  private Ask() {}

  /** The trimmed text typed, or empty when cancelled or left blank. */
  public static Optional<String> text(Node over, String title, String label, String initial) {
    TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
    if (over.getScene() != null) {
      dialog.initOwner(over.getScene().getWindow());
    }
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    if (label != null) {
      dialog.setContentText(label);
    }
    return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
  }
}

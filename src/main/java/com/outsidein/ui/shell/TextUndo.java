package com.outsidein.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/** Undo and redo inside the text control that has the focus, when there is one. */
final class TextUndo {

  private TextUndo() {}

  static boolean undoIn(Node focused) {
    if (focused instanceof TextInputControl text) {
      text.undo();
      return true;
    }
    if (focused instanceof GenericStyledArea<?, ?, ?> area) {
      area.undo();
      return true;
    }
    return false;
  }

  static boolean redoIn(Node focused) {
    if (focused instanceof TextInputControl text) {
      text.redo();
      return true;
    }
    if (focused instanceof GenericStyledArea<?, ?, ?> area) {
      area.redo();
      return true;
    }
    return false;
  }
}

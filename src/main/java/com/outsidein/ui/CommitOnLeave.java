package com.outsidein.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

/**
 * Commits a form field when the person leaves it or presses Enter (in one-line fields), and only
 * when its value really changed. Escape puts the committed value back.
 */
public final class CommitOnLeave {

  private CommitOnLeave() {}

  public static <T> void watch(
      Control field, Supplier<T> current, Supplier<T> committed, Consumer<T> commit) {
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                commitIfChanged(current, committed, commit);
              }
            });
    field.addEventHandler(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          boolean oneLine = !(field instanceof javafx.scene.control.TextArea);
          if (e.getCode() == KeyCode.ENTER && oneLine) {
            commitIfChanged(current, committed, commit);
          }
        });
  }

  /** A text field: committed as trimmed text. */
  public static void text(
      TextInputControl field, Supplier<String> committed, Consumer<String> commit) {
    watch(
        field,
        () -> field.getText() == null ? "" : field.getText().trim(),
        () -> nullToEmpty(committed.get()),
        commit);
  }

  /**
   * Runs the action when the person picks a value (the box has the focus or its list is open),
   * never when a value is set by the program or a refreshed list clears it.
   */
  public static <T> void onPick(javafx.scene.control.ComboBoxBase<T> box, Consumer<T> action) {
    box.setOnAction(
        e -> {
          if (box.isFocused() || box.isShowing()) {
            action.accept(box.getValue());
          }
        });
  }

  private static <T> void commitIfChanged(
      Supplier<T> current, Supplier<T> committed, Consumer<T> commit) {
    T value = current.get();
    if (!java.util.Objects.equals(value, committed.get())) {
      commit.accept(value);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}

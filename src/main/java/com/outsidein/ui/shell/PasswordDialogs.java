package com.outsidein.ui.shell;

import com.outsidein.ui.Messages;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link PasswordPrompt} as JavaFX dialogs. */
public final class PasswordDialogs implements PasswordPrompt {

  private final Supplier<Window> owner;

  public PasswordDialogs(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public Optional<char[]> toOpen(String workspaceName, boolean wrongBefore) {
    PasswordField password = field("password-open");
    Dialog<char[]> dialog =
        dialog(
            Messages.get("password.openTitle"), Messages.get("password.openHeader", workspaceName));
    VBox content = new VBox(8);
    if (wrongBefore) {
      Label wrong = new Label(Messages.get("password.wrong"));
      wrong.getStyleClass().add("danger");
      content.getChildren().add(wrong);
    }
    content.getChildren().add(password);
    dialog.getDialogPane().setContent(content);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(password.textProperty().isEmpty());
    dialog.setOnShown(e -> javafx.application.Platform.runLater(password::requestFocus));
    dialog.setResultConverter(b -> b == ButtonType.OK ? password.getText().toCharArray() : null);
    return dialog.showAndWait();
  }

  @Override
  public Optional<char[]> newPassword(String title, String explanation) {
    PasswordField first = field("password-new");
    PasswordField second = field("password-repeat");
    Label mismatch = new Label(Messages.get("password.mismatch"));
    mismatch.getStyleClass().add("danger");
    mismatch
        .visibleProperty()
        .bind(
            first
                .textProperty()
                .isNotEqualTo(second.textProperty())
                .and(second.textProperty().isNotEmpty()));
    Dialog<char[]> dialog = dialog(title, explanation);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label(Messages.get("password.new")), first);
    grid.addRow(1, new Label(Messages.get("password.repeat")), second);
    grid.add(mismatch, 1, 2);
    Label note = new Label(Messages.get("password.note"));
    note.setWrapText(true);
    note.setMaxWidth(420);
    note.getStyleClass().add("text-muted");
    dialog.getDialogPane().setContent(new VBox(10, grid, note));
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(first.textProperty().isNotEqualTo(second.textProperty()));
    dialog.setOnShown(e -> javafx.application.Platform.runLater(first::requestFocus));
    dialog.setResultConverter(b -> b == ButtonType.OK ? first.getText().toCharArray() : null);
    return dialog.showAndWait();
  }

  @Override
  public Optional<char[]> current(String workspaceName) {
    PasswordField password = field("password-current");
    Dialog<char[]> dialog =
        dialog(
            Messages.get("password.currentTitle"),
            Messages.get("password.currentHeader", workspaceName));
    dialog.getDialogPane().setContent(password);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(password.textProperty().isEmpty());
    dialog.setOnShown(e -> javafx.application.Platform.runLater(password::requestFocus));
    dialog.setResultConverter(b -> b == ButtonType.OK ? password.getText().toCharArray() : null);
    return dialog.showAndWait();
  }

  private static PasswordField field(String id) {
    PasswordField field = new PasswordField();
    field.setId(id);
    field.setPrefColumnCount(24);
    return field;
  }

  private <T> Dialog<T> dialog(String title, String header) {
    Dialog<T> dialog = new Dialog<>();
    Window window = owner.get();
    if (window != null && window.isShowing()) {
      dialog.initOwner(window);
    }
    dialog.setTitle(title);
    dialog.setHeaderText(header);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    return dialog;
  }
}

package com.outsidein.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Choose one item from a list by typing part of its name: the dialog behind "Move to…", "Merge
 * into…", "Add code…" and the like. Enter chooses the highlighted item, Escape cancels.
 */
public final class PickerDialog<T> {

  private final Dialog<T> dialog = new Dialog<>();
  private final TextField filter = new TextField();
  private final ListView<T> list = new ListView<>();

  public PickerDialog(Window owner, String title, List<T> items, Function<T, String> label) {
    this(
        owner,
        title,
        typed -> {
          String wanted = typed.toLowerCase(Locale.ROOT).trim();
          return items.stream()
              .filter(item -> label.apply(item).toLowerCase(Locale.ROOT).contains(wanted))
              .toList();
        },
        label);
  }

  /**
   * A picker whose items are what {@code suggest} offers for the typed text (the empty text
   * included): such as the codes that match and, for a name no code has, a new code.
   */
  public static <T> PickerDialog<T> suggesting(
      Window owner, String title, Function<String, List<T>> suggest, Function<T, String> label) {
    return new PickerDialog<>(owner, title, suggest, label);
  }

  private PickerDialog(
      Window owner, String title, Function<String, List<T>> suggest, Function<T, String> label) {
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    ObservableList<T> shown = FXCollections.observableArrayList(suggest.apply(""));
    filter.setPromptText(Messages.get("picker.filter"));
    filter.setId("picker-filter");
    filter
        .textProperty()
        .addListener(
            (obs, old, text) -> {
              shown.setAll(suggest.apply(text));
              list.getSelectionModel().selectFirst();
            });
    list.setId("picker-list");
    list.setItems(shown);
    list.setPrefSize(460, 320);
    list.setCellFactory(
        view ->
            new ListCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
              }
            });
    list.getSelectionModel().selectFirst();
    filter.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN) {
            list.getSelectionModel().selectNext();
            e.consume();
          } else if (e.getCode() == KeyCode.UP) {
            list.getSelectionModel().selectPrevious();
            e.consume();
          }
        });
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
            dialog.setResult(list.getSelectionModel().getSelectedItem());
            dialog.close();
          }
        });
    dialog.getDialogPane().setContent(new VBox(8, filter, list));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(ButtonType.OK)
        .disableProperty()
        .bind(list.getSelectionModel().selectedItemProperty().isNull());
    dialog.setResultConverter(
        button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
    dialog.setOnShown(e -> javafx.application.Platform.runLater(filter::requestFocus));
  }

  public Optional<T> choose() {
    return dialog.showAndWait();
  }
}

package com.outsidein.ui.entry;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

/**
 * A text field that suggests as you type, in a strip of choices below it (no popup window, so the
 * keyboard never leaves the field). Down and Up move through the choices, Enter or Tab take the
 * highlighted one, Escape dismisses them.
 */
public final class SuggestingField<T> {

  private static final int SHOWN = 6;

  private final TextField field;
  private final FlowPane strip = new FlowPane(6, 2);
  private final ObservableList<T> suggestions = FXCollections.observableArrayList();
  private final Function<String, List<T>> suggest;
  private final Function<T, String> label;
  private final Consumer<T> onChosen;
  private int highlighted = -1;
  private boolean choosing;

  public SuggestingField(
      TextField field,
      Function<String, List<T>> suggest,
      Function<T, String> label,
      Consumer<T> onChosen) {
    this.field = field;
    this.suggest = suggest;
    this.label = label;
    this.onChosen = onChosen;
    strip.getStyleClass().add("suggestions");
    strip.setId(field.getId() == null ? null : field.getId() + "-suggestions");
    strip.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(suggestions));
    strip.visibleProperty().bind(strip.managedProperty());
    field
        .textProperty()
        .addListener(
            (obs, old, text) -> {
              if (!choosing && field.isFocused()) {
                refresh(text);
              }
            });
    field
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                show(List.of());
              }
            });
    field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  /** The strip of suggestions, to place under the field. */
  public FlowPane strip() {
    return strip;
  }

  private void onKey(KeyEvent e) {
    if (suggestions.isEmpty()) {
      return;
    }
    switch (e.getCode()) {
      case DOWN -> {
        highlight(Math.min(suggestions.size() - 1, highlighted + 1));
        e.consume();
      }
      case UP -> {
        highlight(Math.max(0, highlighted - 1));
        e.consume();
      }
      case ESCAPE -> {
        show(List.of());
        e.consume();
      }
      case ENTER, TAB -> {
        if (highlighted >= 0 && !e.isShortcutDown()) {
          choose(suggestions.get(highlighted));
          if (e.getCode() == KeyCode.ENTER) {
            e.consume();
          }
        }
      }
      default -> {}
    }
  }

  private void choose(T suggestion) {
    choosing = true;
    try {
      show(List.of());
      onChosen.accept(suggestion);
    } finally {
      choosing = false;
    }
  }

  private void refresh(String text) {
    show(text == null || text.isBlank() ? List.of() : suggest.apply(text));
  }

  private void show(List<T> found) {
    suggestions.setAll(found.subList(0, Math.min(found.size(), SHOWN)));
    strip.getChildren().clear();
    for (T suggestion : suggestions) {
      Label choice = new Label(label.apply(suggestion));
      choice.getStyleClass().add("suggestion");
      choice.setOnMouseClicked(
          e -> {
            choose(suggestion);
            field.requestFocus();
          });
      strip.getChildren().add(choice);
    }
    highlight(suggestions.isEmpty() ? -1 : 0);
  }

  private void highlight(int index) {
    highlighted = index;
    for (int i = 0; i < strip.getChildren().size(); i++) {
      strip.getChildren().get(i).getStyleClass().remove("suggestion-highlighted");
      if (i == index) {
        strip.getChildren().get(i).getStyleClass().add("suggestion-highlighted");
      }
    }
  }
}

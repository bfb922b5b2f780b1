package com.outsidein.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A date field that keeps what is typed: it commits on Enter, Tab and leaving the field as well as
 * on a pick from the calendar; a date that does not exist, or that a check refuses (an end before
 * its start), is kept out with a message under the field, never guessed at.
 */
public final class DateField {

  private final DateText dates = DateText.forThisLocale();
  private final DatePicker picker = new DatePicker();
  private final Label problem = new Label();
  private final VBox node = new VBox(2, picker, problem);
  private LocalDate committed;
  private Function<LocalDate, String> check = date -> null;
  private Consumer<LocalDate> onCommit = date -> {};

  public DateField() {
    picker.setPromptText(dates.example());
    picker.setConverter(new Converter());
    problem.getStyleClass().addAll("field-problem", "text-danger");
    problem.setWrapText(true);
    problem.managedProperty().bind(problem.visibleProperty());
    problem.setVisible(false);
    // The picker holds the focus and hands keys to its editor: listen on the picker.
    picker.addEventFilter(KeyEvent.KEY_PRESSED, this::commitOnKey);
    picker
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (!focused) {
                commitTyped();
              }
            });
    picker.setOnAction(
        e -> {
          boolean picked = picker.isShowing() || picker.isFocused();
          if (picked && !Objects.equals(picker.getValue(), committed)) {
            commit(picker.getValue());
          }
        });
  }

  public Node node() {
    return node;
  }

  public DatePicker picker() {
    return picker;
  }

  public void setId(String id) {
    picker.setId(id);
    problem.setId(id + "-problem");
  }

  /** What runs with the new date (null: none) once it is typed or picked and has changed. */
  public void setOnCommit(Consumer<LocalDate> onCommit) {
    this.onCommit = onCommit;
  }

  /** A rule the date must meet: the message when it does not, else null. */
  public void setCheck(Function<LocalDate, String> check) {
    this.check = check;
  }

  /** Shows a stored date, clearing any message; nothing is committed. */
  public void show(LocalDate date) {
    committed = date;
    problem.setVisible(false);
    picker.setValue(date);
    picker.getEditor().setText(dates.format(date));
  }

  private void commitOnKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
      if (!commitTyped() && e.getCode() == KeyCode.ENTER) {
        e.consume();
      }
    }
  }

  /** Commits the typed text; false when it is not a date (the message says so). */
  private boolean commitTyped() {
    String typed = picker.getEditor().getText();
    if (typed == null || typed.isBlank()) {
      commit(null);
      return true;
    }
    return dates
        .parse(typed)
        .map(
            date -> {
              commit(date);
              return true;
            })
        .orElseGet(
            () -> {
              refuse(Messages.get("date.invalid", typed.trim(), dates.example()));
              return false;
            });
  }

  private void commit(LocalDate date) {
    String refusal = check.apply(date);
    if (refusal != null) {
      refuse(refusal);
      picker.setValue(committed);
      return;
    }
    problem.setVisible(false);
    if (!Objects.equals(date, committed)) {
      committed = date;
      picker.setValue(date);
      onCommit.accept(date);
    }
  }

  private void refuse(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }

  /** The picker's own reading of the text: a date it cannot read leaves the stored one. */
  private final class Converter extends StringConverter<LocalDate> {
    @Override
    public String toString(LocalDate date) {
      return dates.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      return dates.parse(text).orElse(committed);
    }
  }
}

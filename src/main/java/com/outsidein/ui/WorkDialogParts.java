package com.outsidein.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * The pieces every work dialog (import, export, removal) is made of, so they look and behave the
 * same: the muted introduction, the status line, the list of problems, the form, and the buttons at
 * the bottom right.
 */
public final class WorkDialogParts {

  private WorkDialogParts() {}

  /** The muted text at the top that says what the dialog does. */
  public static Label intro(String text, double width) {
    Label intro = new Label(text);
    intro.setWrapText(true);
    intro.setMaxWidth(width);
    intro.setMinHeight(Region.USE_PREF_SIZE);
    intro.getStyleClass().add("text-muted");
    return intro;
  }

  /** What the work is doing or how it ended, wrapped to the dialog's width. */
  public static Label status(String id, ObservableStringValue text, double width) {
    Label status = new Label();
    status.setId(id);
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    status.setMaxWidth(width);
    status.textProperty().bind(text);
    return status;
  }

  /** Every problem that stopped the work, one per line; takes no room while there are none. */
  public static ListView<String> problems(
      String id, javafx.collections.ObservableList<String> all) {
    ListView<String> problems = new ListView<>(all);
    problems.setId(id);
    problems.setPrefHeight(140);
    problems.visibleProperty().bind(Bindings.isNotEmpty(all));
    problems.managedProperty().bind(problems.visibleProperty());
    problems.getStyleClass().add("danger");
    return problems;
  }

  /** A form of labelled rows whose fields take the width left. */
  public static GridPane form() {
    GridPane form = new GridPane();
    form.setHgap(10);
    form.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().addAll(labels, fields);
    return form;
  }

  /** The buttons, right-aligned. */
  public static HBox buttons(Node... buttons) {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox row = new HBox(8, spacer);
    row.getChildren().addAll(buttons);
    row.setAlignment(Pos.CENTER_RIGHT);
    return row;
  }

  /** Cancel while the work runs, Close otherwise; Escape presses it. */
  public static Button cancelOrClose(
      String id, Stage stage, ObservableBooleanValue running, Runnable cancel) {
    Button button = new Button();
    button.setId(id);
    button.setCancelButton(true);
    button
        .textProperty()
        .bind(
            Bindings.when(running)
                .then(Messages.get("work.cancel"))
                .otherwise(Messages.get("work.close")));
    button.setOnAction(
        e -> {
          if (running.get()) {
            cancel.run();
          } else {
            stage.close();
          }
        });
    return button;
  }

  /** Close, refused while work that cannot be cancelled runs; Escape presses it. */
  public static Button close(Stage stage, ObservableBooleanValue running) {
    Button close = new Button(Messages.get("work.close"));
    close.setCancelButton(true);
    close.disableProperty().bind(running);
    close.setOnAction(e -> stage.close());
    return close;
  }

  /** Asks a yes-or-no question over the dialog; true for yes. */
  public static boolean confirm(Stage stage, String title, String text) {
    Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.YES, ButtonType.NO);
    confirm.initOwner(stage);
    confirm.setTitle(title);
    confirm.setHeaderText(title);
    return confirm.showAndWait().filter(ButtonType.YES::equals).isPresent();
  }
}

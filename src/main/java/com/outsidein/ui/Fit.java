package com.outsidein.ui;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Keeps labels and buttons whole when their pane is narrow: the fields beside them give way instead
 * of their text being cut to "…".
 */
public final class Fit {

  private Fit() {}

  /** Never narrower than the whole text (and icon) needs. */
  public static <T extends Labeled> T whole(T labeled) {
    labeled.setMinWidth(Region.USE_PREF_SIZE);
    return labeled;
  }

  /** As {@link #whole(Labeled)}, for each. */
  public static void whole(Labeled... labeled) {
    for (Labeled each : labeled) {
      whole(each);
    }
  }

  /**
   * A list cell whose text wraps at the list's width, in a row as tall as all of it needs (the
   * theme otherwise gives every row of a list one fixed height; see {@code .wrapping-cell} in
   * app.css).
   */
  public static void wrapping(ListCell<?> cell) {
    cell.setWrapText(true);
    cell.setPrefWidth(0);
    cell.getStyleClass().add("wrapping-cell");
  }

  /**
   * A form's first column (its labels) keeps the width of its widest label; the field column takes
   * what is left.
   */
  public static GridPane labelColumn(GridPane form) {
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
    fields.setFillWidth(true);
    form.getColumnConstraints().setAll(labels, fields);
    return form;
  }
}

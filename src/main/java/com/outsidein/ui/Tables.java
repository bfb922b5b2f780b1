package com.outsidein.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small builders for read-only table columns. */
public final class Tables {

  private Tables() {}

  public static <S> TableColumn<S, String> text(
      String header, Function<S, String> value, double width) {
    TableColumn<S, String> column = new TableColumn<>(header);
    column.setCellValueFactory(
        cell -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(cell.getValue()))));
    column.setPrefWidth(width);
    return column;
  }

  /** A column of numbers that sorts as numbers and aligns right. */
  public static <S, N extends Number & Comparable<N>> TableColumn<S, N> number(
      String header, Function<S, N> value, double width) {
    TableColumn<S, N> column = new TableColumn<>(header);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setStyle("-fx-alignment: CENTER-RIGHT;");
    return column;
  }

  /** A table that says what it would show when it is empty. */
  public static <S> TableView<S> table(String emptyText) {
    TableView<S> table = new TableView<>();
    table.setPlaceholder(new Label(emptyText));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  /** Keeps a row selected once the table has rows, so the detail beside it is never blank. */
  public static <S> void selectFirstWhenFilled(TableView<S> table) {
    table
        .getItems()
        .addListener(
            (ListChangeListener<S>)
                change -> {
                  if (!table.getItems().isEmpty()
                      && table.getSelectionModel().getSelectedItem() == null) {
                    table.getSelectionModel().selectFirst();
                  }
                });
  }

  /** Keeps the same rows selected (by key) when the list is reloaded. */
  public static <S> void keepSelection(
      TableView<S> table, ListViewModel<S> model, Function<S, Object> key) {
    keepSelection(table, model.items(), model::isReplacing, key);
  }

  /**
   * Keeps the rows the person selected (by key) selected whenever {@code items} are replaced by
   * what was read anew ({@code replacing} says so while it happens), those that come back only in a
   * later read included. Only the person's own selecting changes which rows those are.
   */
  public static <S> void keepSelection(
      TableView<S> table,
      ObservableList<S> items,
      BooleanSupplier replacing,
      Function<S, Object> key) {
    Set<Object> selected = new LinkedHashSet<>();
    boolean[] restoring = {false};
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<S>)
                change -> {
                  if (!replacing.getAsBoolean() && !restoring[0]) {
                    selected.clear();
                    table
                        .getSelectionModel()
                        .getSelectedItems()
                        .forEach(item -> selected.add(key.apply(item)));
                  }
                });
    items.addListener(
        (ListChangeListener<S>)
            change -> {
              if (!replacing.getAsBoolean() || selected.isEmpty()) {
                return;
              }
              // After the table has followed the change itself.
              Platform.runLater(
                  () -> {
                    restoring[0] = true;
                    try {
                      reselect(table, selected, key);
                    } finally {
                      restoring[0] = false;
                    }
                  });
            });
  }

  private static <S> void reselect(TableView<S> table, Set<Object> keys, Function<S, Object> key) {
    List<Integer> wanted = new ArrayList<>();
    for (int i = 0; i < table.getItems().size(); i++) {
      if (keys.contains(key.apply(table.getItems().get(i)))) {
        wanted.add(i);
      }
    }
    List<Integer> now = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
    now.sort(null);
    if (wanted.equals(now)) {
      return;
    }
    table.getSelectionModel().clearSelection();
    wanted.forEach(table.getSelectionModel()::select);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}

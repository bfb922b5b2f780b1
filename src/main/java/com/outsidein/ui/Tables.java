package com.outsidein.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
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
            (javafx.collections.ListChangeListener<S>)
                change -> {
                  if (!table.getItems().isEmpty()
                      && table.getSelectionModel().getSelectedItem() == null) {
                    table.getSelectionModel().selectFirst();
                  }
                });
  }

  /** Keeps the same rows selected (by key) when the list is reloaded. */
  public static <S> void keepSelection(
      TableView<S> table, ListViewModel<S> model, java.util.function.Function<S, Object> key) {
    java.util.Set<Object> selected = new java.util.LinkedHashSet<>();
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (javafx.collections.ListChangeListener<S>)
                change -> {
                  if (!model.isReplacing()) {
                    selected.clear();
                    table
                        .getSelectionModel()
                        .getSelectedItems()
                        .forEach(item -> selected.add(key.apply(item)));
                  }
                });
    model
        .items()
        .addListener(
            (javafx.collections.ListChangeListener<S>)
                change -> {
                  if (!model.isReplacing() || selected.isEmpty()) {
                    return;
                  }
                  java.util.List<Object> wanted = new java.util.ArrayList<>(selected);
                  javafx.application.Platform.runLater(() -> reselect(table, wanted, key));
                });
  }

  private static <S> void reselect(
      TableView<S> table, java.util.List<Object> keys, java.util.function.Function<S, Object> key) {
    table.getSelectionModel().clearSelection();
    for (int i = 0; i < table.getItems().size(); i++) {
      if (keys.contains(key.apply(table.getItems().get(i)))) {
        table.getSelectionModel().select(i);
      }
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}

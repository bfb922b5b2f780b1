package com.outsidein.ui;

import java.time.LocalDate;
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
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/** Small builders for read-only table columns. */
public final class Tables {

  /** Room beside a header's text for the arrow that shows the column sorts the table. */
  private static final double SORT_ARROW_ROOM = 14;

  /** A cell's padding on both sides, with room to spare for a bolder font. */
  private static final double CELL_PADDING = 28;

  private Tables() {}

  public static <S> TableColumn<S, String> text(
      String header, Function<S, String> value, double width) {
    TableColumn<S, String> column = new TableColumn<>(header);
    column.setCellValueFactory(
        cell -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(cell.getValue()))));
    column.setPrefWidth(width);
    return column;
  }

  /**
   * A column of dates that sorts by date and never narrows below the width of a date, so no date
   * shows cut to "Feb 2…" when the table shares out its width.
   */
  public static <S> TableColumn<S, LocalDate> date(String header, Function<S, LocalDate> value) {
    TableColumn<S, LocalDate> column = new TableColumn<>(header);
    column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : Formats.date(date));
              }
            });
    atLeastAsWideAs(column, List.of(Formats.date(LocalDate.of(2026, 12, 30))));
    column.setPrefWidth(column.getMinWidth());
    return column;
  }

  /** Keeps a column wide enough to show each of these values (a list's choices) in full. */
  public static void atLeastAsWideAs(TableColumnBase<?, ?> column, List<String> values) {
    double widest = 0;
    for (String value : values) {
      widest = Math.max(widest, new Text(value).getLayoutBounds().getWidth());
    }
    column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(widest) + CELL_PADDING));
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
    headersReadInFull(table, table.getColumns());
    return table;
  }

  /**
   * Keeps every column at least as wide as its header's text, so that no header is cut to "…":
   * measured on the header as the theme draws it, once the table is shown and whenever its columns
   * change.
   */
  public static void headersReadInFull(
      Control table, ObservableList<? extends TableColumnBase<?, ?>> columns) {
    Runnable fit = () -> Platform.runLater(() -> fitHeaders(table));
    table
        .skinProperty()
        .addListener(
            (obs, old, skin) -> {
              if (skin != null) {
                fit.run();
              }
            });
    columns.addListener((ListChangeListener<TableColumnBase<?, ?>>) change -> fit.run());
  }

  private static void fitHeaders(Control table) {
    if (table.getScene() == null) {
      return;
    }
    table.applyCss();
    for (Node node : table.lookupAll(".column-header")) {
      if (node instanceof TableColumnHeader header
          && header.getTableColumn() != null
          && header.lookup(".label") instanceof Label label) {
        double needed =
            label.prefWidth(-1)
                + header.snappedLeftInset()
                + header.snappedRightInset()
                + (header.getTableColumn().isSortable() ? SORT_ARROW_ROOM : 0);
        TableColumnBase<?, ?> column = header.getTableColumn();
        column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(needed)));
        if (column.getPrefWidth() < column.getMinWidth()) {
          column.setPrefWidth(column.getMinWidth());
        }
      }
    }
    // Share the width out again, now within the new minimums, as when the table is resized.
    if (table instanceof TableView<?> view) {
      refit(view);
    } else if (table instanceof TreeTableView<?> tree) {
      refit(tree);
    }
    table.requestLayout();
  }

  private static <S> void refit(TableView<S> table) {
    table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
  }

  private static <S> void refit(TreeTableView<S> tree) {
    tree.getColumnResizePolicy().call(new TreeTableView.ResizeFeatures<>(tree, null, 0.0));
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

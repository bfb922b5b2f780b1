package com.outsidein.ui;

import java.util.function.ToLongFunction;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Selects a row of a table by id: now, if the table lists it, or as soon as a reload brings it. A
 * row just created may arrive either way round: the reload that the change set off can finish
 * before or after the code that asks for the row.
 */
public final class SelectWhenListed<T> {

  private final TableView<T> table;
  private final ToLongFunction<T> idOf;
  private Long wanted;

  public SelectWhenListed(TableView<T> table, ToLongFunction<T> idOf) {
    this.table = table;
    this.idOf = idOf;
    table.getItems().addListener((ListChangeListener<T>) change -> selectIfListed(true));
  }

  public void select(long id) {
    wanted = id;
    selectIfListed(false);
  }

  private void selectIfListed(boolean duringChange) {
    if (wanted == null) {
      return;
    }
    long id = wanted;
    table.getItems().stream()
        .filter(row -> idOf.applyAsLong(row) == id)
        .findFirst()
        .ifPresent(
            row -> {
              wanted = null;
              // A selection made while the list is still changing is undone by that change.
              Runnable select =
                  () -> {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                  };
              if (duringChange) {
                Platform.runLater(select);
              } else {
                select.run();
              }
            });
  }
}

package com.outsidein.ui;

import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list loaded from the workspace in the background. Only the newest load's result is shown, so a
 * slow old load never overwrites a fresh one.
 */
public class ListViewModel<T> {

  private final ObservableList<T> items = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final Supplier<List<T>> source;
  private final TaskExecutor tasks;
  private long generation;
  private boolean replacing;

  private ListViewModel(TaskExecutor tasks, Supplier<List<T>> source) {
    this.tasks = tasks;
    this.source = source;
  }

  /** A list that reads itself from {@code source}; {@link #reload()} loads it anew. */
  public static <T> ListViewModel<T> from(TaskExecutor tasks, Supplier<List<T>> source) {
    return new ListViewModel<>(tasks, source);
  }

  public ObservableList<T> items() {
    return items;
  }

  /**
   * True while the items are being replaced by a fresh load (selection changes then are not the
   * person's).
   */
  public boolean isReplacing() {
    return replacing;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** Loads the list anew from the source it was made {@link #from}. Call on the UI thread. */
  public void reload() {
    start(source::get);
  }

  private void start(Supplier<List<T>> read) {
    long mine = ++generation;
    loading.set(true);
    BackgroundTask.wrap(read::get)
        .onSuccess(
            result -> {
              if (mine == generation) {
                replacing = true;
                try {
                  items.setAll(result);
                } finally {
                  replacing = false;
                }
                loading.set(false);
              }
            })
        .onFailure(
            failure -> {
              loading.set(false);
              tasks.reportUnhandled(failure);
            })
        .readWith(tasks);
  }
}

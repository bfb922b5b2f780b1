package com.outsidein.ui;

import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import java.util.List;
import java.util.function.Function;
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
  private final Function<WorkspaceSession, List<T>> query;
  private final TaskExecutor tasks;
  private long generation;
  private boolean replacing;

  public ListViewModel(TaskExecutor tasks, Function<WorkspaceSession, List<T>> query) {
    this.tasks = tasks;
    this.query = query;
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

  /** Loads the list from the session (or empties it when there is none). Call on the FX thread. */
  public void load(WorkspaceSession session) {
    long mine = ++generation;
    if (session == null) {
      items.clear();
      return;
    }
    loading.set(true);
    BackgroundTask.wrap(() -> query.apply(session))
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

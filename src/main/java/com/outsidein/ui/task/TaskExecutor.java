package com.outsidein.ui.task;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * Where a view model's work runs. Reads run on a background pool, each after every write asked for
 * before it has committed; writes (every change to the workspace, undo and redo) run one at a time
 * on a single writer lane, in the order they were asked for. Callbacks come back on the UI thread.
 * The app builds one over its pools; tests use one that runs everything inline.
 */
public interface TaskExecutor {

  /** Runs work that only reads, in the background. */
  <T> TaskHandle read(BackgroundTask<T> task);

  /** Runs a change on the writer lane, after every change asked for before it. */
  <T> TaskHandle write(BackgroundTask<T> task);

  /** Runs UI work on the UI thread (at once when called there). */
  Executor ui();

  /** How many tasks are queued or running; read and observed on the UI thread. */
  ReadOnlyIntegerProperty runningProperty();

  /** Logs a failure and shows it to the person: for failures no callback handled. */
  void reportUnhandled(Throwable failure);
}

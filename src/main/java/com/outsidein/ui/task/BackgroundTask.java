package com.outsidein.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Wraps work to run off the FX thread: {@code BackgroundTask.wrap(work).onSuccess(...)
 * .onFailure(...).executeWith(tasks)}. Callbacks run on the FX thread. Without onFailure, a failure
 * goes to the app's error dialog.
 */
public final class BackgroundTask<T> {

  /** Work that can report progress and notice it was cancelled. */
  @FunctionalInterface
  public interface ProgressWork<T> {
    T run(Progress progress) throws Exception;
  }

  /** What long work tells the person while it runs. */
  public interface Progress {
    void update(long done, long total);

    void message(String message);

    boolean isCancelled();
  }

  private final ProgressWork<T> work;
  private Consumer<T> onSuccess = result -> {};
  private Consumer<Throwable> onFailure;
  private Runnable onCancelled = () -> {};

  private BackgroundTask(ProgressWork<T> work) {
    this.work = work;
  }

  public static <T> BackgroundTask<T> wrap(Callable<T> work) {
    return new BackgroundTask<>(progress -> work.call());
  }

  public static <T> BackgroundTask<T> withProgress(ProgressWork<T> work) {
    return new BackgroundTask<>(work);
  }

  public BackgroundTask<T> onSuccess(Consumer<T> callback) {
    this.onSuccess = callback;
    return this;
  }

  public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
    this.onFailure = callback;
    return this;
  }

  public BackgroundTask<T> onCancelled(Runnable callback) {
    this.onCancelled = callback;
    return this;
  }

  /** Starts the work; call on the FX thread. The returned task can be watched and cancelled. */
  public Task<T> executeWith(BackgroundTasks tasks) {
    Task<T> task = new ProgressTask();
    task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
    task.setOnCancelled(event -> onCancelled.run());
    task.setOnFailed(
        event -> {
          Throwable failure = task.getException();
          if (onFailure != null) {
            onFailure.accept(failure);
          } else {
            tasks.reportUnhandled(failure);
          }
        });
    return tasks.execute(task);
  }

  private final class ProgressTask extends Task<T> implements Progress {
    @Override
    protected T call() throws Exception {
      return work.run(this);
    }

    @Override
    public void update(long done, long total) {
      updateProgress(done, total);
    }

    @Override
    public void message(String message) {
      updateMessage(message);
    }
  }
}

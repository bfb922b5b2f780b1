package com.outsidein.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for a {@link TaskExecutor}, with what to do with its result: {@code
 * BackgroundTask.wrap(work).onSuccess(...).onFailure(...)}, then {@code readWith(tasks)} or {@code
 * writeWith(tasks)}. Callbacks run on the UI thread. Without onFailure, a failure goes to the app's
 * error dialog.
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
  private Consumer<? super T> onSuccess = result -> {};
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

  public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
    this.onSuccess = callback;
    return this;
  }

  public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
    this.onFailure = callback;
    return this;
  }

  /** Runs instead of onSuccess when the work was cancelled before it ended. */
  public BackgroundTask<T> onCancelled(Runnable callback) {
    this.onCancelled = callback;
    return this;
  }

  /** Starts the work as a read. */
  public TaskHandle readWith(TaskExecutor tasks) {
    return tasks.read(this);
  }

  /** Starts the work on the writer lane. */
  public TaskHandle writeWith(TaskExecutor tasks) {
    return tasks.write(this);
  }

  /**
   * Runs the work on the calling thread and hands its outcome to {@code ui}; what an executor's
   * worker does with each task.
   */
  void runOn(TaskHandle handle, TaskExecutor tasks) {
    if (handle.isCancelled()) {
      tasks.ui().execute(() -> finish(handle, onCancelled));
      return;
    }
    try {
      T result = work.run(handle);
      tasks
          .ui()
          .execute(
              () ->
                  finish(
                      handle, handle.isCancelled() ? onCancelled : () -> onSuccess.accept(result)));
    } catch (Exception | Error failure) {
      tasks
          .ui()
          .execute(
              () ->
                  finish(
                      handle,
                      () -> {
                        if (onFailure != null) {
                          onFailure.accept(failure);
                        } else {
                          tasks.reportUnhandled(failure);
                        }
                      }));
    }
  }

  private static void finish(TaskHandle handle, Runnable callback) {
    handle.ended();
    callback.run();
  }
}

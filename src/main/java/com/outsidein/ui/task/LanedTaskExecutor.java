package com.outsidein.ui.task;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's {@link TaskExecutor}: reads on a pool, writes on one lane, callbacks on the UI thread.
 * The pools are made (and shut down) by the app and handed in. A read waits for the writes asked
 * for before it, so it always sees them: text typed and committed on the lane is there for whatever
 * reads it next.
 */
public final class LanedTaskExecutor implements TaskExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(LanedTaskExecutor.class);

  private final Executor readPool;
  private final Executor writerLane;
  private final Executor ui;
  private final Consumer<Throwable> unhandledFailure;
  private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
  private final Object order = new Object();

  /** Completes when the last write asked for so far has ended; guarded by {@link #order}. */
  private CompletableFuture<Void> writesAskedFor = CompletableFuture.completedFuture(null);

  /**
   * @param writerLane must run one task at a time, in order (a single-thread executor)
   */
  public LanedTaskExecutor(
      Executor readPool, Executor writerLane, Executor ui, Consumer<Throwable> unhandledFailure) {
    this.readPool = readPool;
    this.writerLane = writerLane;
    this.ui = ui;
    this.unhandledFailure = unhandledFailure;
  }

  @Override
  public <T> TaskHandle read(BackgroundTask<T> task) {
    TaskHandle handle = started();
    CompletableFuture<Void> before;
    synchronized (order) {
      before = writesAskedFor;
    }
    before.whenComplete((ignored, failure) -> readPool.execute(() -> task.runOn(handle, this)));
    return handle;
  }

  @Override
  public <T> TaskHandle write(BackgroundTask<T> task) {
    TaskHandle handle = started();
    CompletableFuture<Void> done = new CompletableFuture<>();
    synchronized (order) {
      writesAskedFor = done;
      writerLane.execute(
          () -> {
            try {
              task.runOn(handle, this);
            } finally {
              done.complete(null);
            }
          });
    }
    return handle;
  }

  private TaskHandle started() {
    TaskHandle handle = new TaskHandle(ui);
    ui.execute(() -> running.set(running.get() + 1));
    handle
        .runningProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                running.set(running.get() - 1);
              }
            });
    return handle;
  }

  @Override
  public Executor ui() {
    return ui;
  }

  @Override
  public ReadOnlyIntegerProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  @Override
  public void reportUnhandled(Throwable failure) {
    LOG.error("A background task failed", failure);
    unhandledFailure.accept(failure);
  }
}

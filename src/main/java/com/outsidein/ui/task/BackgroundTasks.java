package com.outsidein.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place background work runs: named daemon threads, a count of running tasks the status bar
 * shows, and a handler for failures nobody else handled. Results come back on the FX thread through
 * each task's callbacks.
 */
public final class BackgroundTasks implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

  private final ExecutorService executor;
  private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
  private final Consumer<Throwable> unhandledFailure;

  public BackgroundTasks(Consumer<Throwable> unhandledFailure) {
    this.unhandledFailure = unhandledFailure;
    this.executor = Executors.newFixedThreadPool(3, new NamedDaemonThreads());
  }

  /** How many tasks are running now; read and observed on the FX thread. */
  public ReadOnlyIntegerProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Starts a task; call on the FX thread. */
  public <T> Task<T> execute(Task<T> task) {
    running.set(running.get() + 1);
    task.stateProperty()
        .addListener(
            (obs, old, state) -> {
              if (state == Worker.State.SUCCEEDED
                  || state == Worker.State.FAILED
                  || state == Worker.State.CANCELLED) {
                running.set(running.get() - 1);
              }
            });
    executor.execute(task);
    return task;
  }

  /** Logs a failure and shows it to the person: for failures no callback handled. */
  public void reportUnhandled(Throwable failure) {
    LOG.error("A background task failed", failure);
    unhandledFailure.accept(failure);
  }

  @Override
  public void close() {
    // Let running work finish: interrupting a thread inside the database can close its file.
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("Background tasks did not stop within 10 seconds");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class NamedDaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, "outsidein-background-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}

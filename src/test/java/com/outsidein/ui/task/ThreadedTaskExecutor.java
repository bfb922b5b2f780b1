package com.outsidein.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * The app's executor over pools of its own, with callbacks on the FX thread: for tests that run
 * screens or dialogs with real threads. Close it to stop its pools.
 */
public final class ThreadedTaskExecutor implements TaskExecutor, AutoCloseable {

  private final ExecutorService reads = Executors.newFixedThreadPool(2);
  private final ExecutorService writes = Executors.newSingleThreadExecutor();
  private final LanedTaskExecutor laned;

  public ThreadedTaskExecutor() {
    this(Platform::runLater);
  }

  public ThreadedTaskExecutor(Executor ui) {
    laned = new LanedTaskExecutor(reads, writes, ui, failure -> {});
  }

  @Override
  public <T> TaskHandle read(BackgroundTask<T> task) {
    return laned.read(task);
  }

  @Override
  public <T> TaskHandle write(BackgroundTask<T> task) {
    return laned.write(task);
  }

  @Override
  public Executor ui() {
    return laned.ui();
  }

  @Override
  public ReadOnlyIntegerProperty runningProperty() {
    return laned.runningProperty();
  }

  @Override
  public void reportUnhandled(Throwable failure) {
    laned.reportUnhandled(failure);
  }

  @Override
  public void close() {
    writes.shutdown();
    reads.shutdown();
    try {
      writes.awaitTermination(30, TimeUnit.SECONDS);
      reads.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

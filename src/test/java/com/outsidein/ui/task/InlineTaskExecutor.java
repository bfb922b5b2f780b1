package com.outsidein.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Runs every task at once on the calling thread, callbacks included: view-model tests need no FX
 * toolkit, no threads and no polling. Failures nobody handled are kept for the test to look at.
 */
public final class InlineTaskExecutor implements TaskExecutor {

  private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
  private final List<Throwable> unhandled = new ArrayList<>();

  @Override
  public <T> TaskHandle read(BackgroundTask<T> task) {
    return run(task);
  }

  @Override
  public <T> TaskHandle write(BackgroundTask<T> task) {
    return run(task);
  }

  private <T> TaskHandle run(BackgroundTask<T> task) {
    TaskHandle handle = new TaskHandle(ui());
    task.runOn(handle, this);
    return handle;
  }

  @Override
  public Executor ui() {
    return Runnable::run;
  }

  @Override
  public ReadOnlyIntegerProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  @Override
  public void reportUnhandled(Throwable failure) {
    unhandled.add(failure);
  }

  /** Failures no callback handled, in the order they happened. */
  public List<Throwable> unhandled() {
    return unhandled;
  }
}

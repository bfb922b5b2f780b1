package com.outsidein.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * Reads and UI work at once on the calling thread; writes held back until {@link #release()}, as a
 * busy writer lane holds them while the UI thread goes on. Shows that a view model hands a write to
 * the lane rather than doing it on the UI thread.
 */
public final class HeldWritesExecutor implements TaskExecutor {

  private final InlineTaskExecutor inline = new InlineTaskExecutor();
  private final List<BackgroundTask<?>> writes = new ArrayList<>();

  @Override
  public <T> TaskHandle read(BackgroundTask<T> task) {
    return inline.read(task);
  }

  @Override
  public <T> TaskHandle write(BackgroundTask<T> task) {
    writes.add(task);
    return new TaskHandle(ui());
  }

  /** Runs the writes held so far, in the order they were asked for. */
  public void release() {
    List<BackgroundTask<?>> queued = new ArrayList<>(writes);
    writes.clear();
    queued.forEach(inline::write);
  }

  @Override
  public Executor ui() {
    return inline.ui();
  }

  @Override
  public ReadOnlyIntegerProperty runningProperty() {
    return inline.runningProperty();
  }

  @Override
  public void reportUnhandled(Throwable failure) {
    inline.reportUnhandled(failure);
  }

  /** Failures no callback handled. */
  public List<Throwable> unhandled() {
    return inline.unhandled();
  }
}

package com.outsidein.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * Runs writes and UI work at once on the calling thread, as {@link InlineTaskExecutor} does, but
 * holds every read until the test lets it run: a test can then look at a view model while a read is
 * still on its way, and change the workspace meanwhile.
 */
public final class HeldReadsTaskExecutor implements TaskExecutor {

  private final InlineTaskExecutor inline = new InlineTaskExecutor();
  private final Deque<Runnable> held = new ArrayDeque<>();

  @Override
  public <T> TaskHandle read(BackgroundTask<T> task) {
    TaskHandle handle = new TaskHandle(ui());
    held.add(() -> task.runOn(handle, this));
    return handle;
  }

  @Override
  public <T> TaskHandle write(BackgroundTask<T> task) {
    return inline.write(task);
  }

  /** How many reads wait to run. */
  public int heldReads() {
    return held.size();
  }

  /** Runs the oldest read waiting (and its callbacks); false when none waits. */
  public boolean runOneRead() {
    Runnable next = held.poll();
    if (next == null) {
      return false;
    }
    next.run();
    return true;
  }

  /** Runs reads, those the callbacks ask for included, until none waits. */
  public void runAllReads() {
    while (runOneRead()) {
      // each read may ask for more
    }
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

  /** Failures no callback handled, in the order they happened. */
  public List<Throwable> unhandled() {
    return inline.unhandled();
  }
}

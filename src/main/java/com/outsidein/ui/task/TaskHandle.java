package com.outsidein.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A started task as the UI sees it: its progress and message (updated on the UI thread, at most
 * once per UI turn however often the work reports), whether it still runs, and a way to cancel it.
 * A cancelled task is never interrupted (an interrupt can close the workspace's database file): its
 * work sees {@link BackgroundTask.Progress#isCancelled()} and stops at the next step.
 */
public final class TaskHandle implements BackgroundTask.Progress {

  private final Executor ui;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
  private final AtomicReference<double[]> pendingProgress = new AtomicReference<>();
  private final AtomicReference<String> pendingMessage = new AtomicReference<>();

  TaskHandle(Executor ui) {
    this.ui = ui;
  }

  /** The share done, 0 to 1, or -1 while unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** True until the task has succeeded, failed or been cancelled. */
  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Asks the work to stop; it does at its next check. */
  public void cancel() {
    cancelled.set(true);
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public void update(long done, long total) {
    double share = total <= 0 ? -1 : Math.min(1, (double) done / total);
    if (pendingProgress.getAndSet(new double[] {share}) == null) {
      ui.execute(() -> progress.set(pendingProgress.getAndSet(null)[0]));
    }
  }

  @Override
  public void message(String text) {
    if (pendingMessage.getAndSet(text) == null) {
      ui.execute(() -> message.set(pendingMessage.getAndSet(null)));
    }
  }

  /** Called on the UI thread when the task has ended, whichever way. */
  void ended() {
    running.set(false);
  }
}

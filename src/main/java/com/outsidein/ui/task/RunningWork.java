package com.outsidein.ui.task;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a work dialog's view model shows of its one piece of long work (an import, an export):
 * whether it runs, how far it is, what it says, and whether cancelling was asked for. Cancelling
 * never interrupts the thread (an interrupt can close the workspace's database file): the work
 * checks {@link #isCancelRequested()} and stops by itself.
 */
public final class RunningWork {

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final AtomicBoolean cancelRequested = new AtomicBoolean();

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** 0..1 while running; -1 while the amount of work is not known yet. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The step running, or how the work ended. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public boolean isRunning() {
    return running.get();
  }

  /** Safe to ask from the thread doing the work. */
  public boolean isCancelRequested() {
    return cancelRequested.get();
  }

  /** The work is starting: running, amount unknown, saying {@code what}. */
  public void start(String what) {
    cancelRequested.set(false);
    running.set(true);
    progress.set(-1);
    status.set(what);
  }

  /** Shows the task's progress, and its messages when {@code withMessages}, until it ends. */
  public void follow(TaskHandle task, boolean withMessages) {
    progress.bind(task.progressProperty());
    if (withMessages) {
      status.bind(task.messageProperty());
    }
  }

  /** Asks the running work to stop at its next check, saying so; does nothing when none runs. */
  public void requestCancel(String saying) {
    if (running.get()) {
      cancelRequested.set(true);
      status.unbind();
      status.set(saying);
    }
  }

  /** The work has ended: shows {@code finalProgress} and what came of it. */
  public void finish(double finalProgress, String saying) {
    progress.unbind();
    status.unbind();
    running.set(false);
    progress.set(finalProgress);
    status.set(saying);
  }
}

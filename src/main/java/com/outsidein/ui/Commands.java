package com.outsidein.ui;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Problem;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.BackgroundTasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a change to the workspace in the background. Input the services refuse becomes a clear
 * message; anything else goes to the app's error handling.
 */
public final class Commands {

  private final BackgroundTasks tasks;
  private final Alerts alerts;

  public Commands(BackgroundTasks tasks, Alerts alerts) {
    this.tasks = tasks;
    this.alerts = alerts;
  }

  public BackgroundTasks tasks() {
    return tasks;
  }

  public Alerts alerts() {
    return alerts;
  }

  /** Runs the work; {@code what} names it in a refusal ("Could not add the code"). */
  public <T> void run(String what, Callable<T> work, Consumer<T> onDone) {
    run(what, work, onDone, () -> {});
  }

  /** As {@link #run(String, Callable, Consumer)}, with something to tidy up when it fails. */
  public <T> void run(String what, Callable<T> work, Consumer<T> onDone, Runnable onFailed) {
    BackgroundTask.wrap(work)
        .onSuccess(onDone)
        .onFailure(
            failure -> {
              onFailed.run();
              refused(what, failure);
            })
        .executeWith(tasks);
  }

  public void run(String what, Runnable work) {
    run(
        what,
        () -> {
          work.run();
          return null;
        },
        result -> {});
  }

  private void refused(String what, Throwable failure) {
    if (failure instanceof BadInputException bad) {
      alerts.error(
          what, bad.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
    } else {
      tasks.reportUnhandled(failure);
    }
  }
}

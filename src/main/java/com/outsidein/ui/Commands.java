package com.outsidein.ui;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Problem;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs a view model's work: changes on the writer lane, reads in the background. Input the services
 * refuse becomes a clear message; anything else goes to the app's error handling.
 */
public final class Commands {

  private final TaskExecutor tasks;
  private final Alerts alerts;

  public Commands(TaskExecutor tasks, Alerts alerts) {
    this.tasks = tasks;
    this.alerts = alerts;
  }

  public TaskExecutor tasks() {
    return tasks;
  }

  public Alerts alerts() {
    return alerts;
  }

  /** Changes the workspace on the writer lane; {@code what} names it in a refusal. */
  public <T> void run(String what, Callable<T> work, Consumer<? super T> onDone) {
    run(what, work, onDone, () -> {});
  }

  /** As {@link #run(String, Callable, Consumer)}, with something to tidy up when it fails. */
  public <T> void run(
      String what, Callable<T> work, Consumer<? super T> onDone, Runnable onFailed) {
    BackgroundTask.wrap(work)
        .onSuccess(onDone)
        .onFailure(
            failure -> {
              onFailed.run();
              refused(what, failure);
            })
        .writeWith(tasks);
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

  /** Reads from the workspace in the background (after every change asked for before). */
  public <T> void read(String what, Callable<T> work, Consumer<? super T> onDone) {
    BackgroundTask.wrap(work)
        .onSuccess(onDone)
        .onFailure(failure -> refused(what, failure))
        .readWith(tasks);
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

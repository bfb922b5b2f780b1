package com.outsidein.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches what nobody else caught: the details go to the log file, and the person sees a short
 * message saying what failed, what to do and where the log is. Never a stack trace.
 */
public final class UnexpectedErrors {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

  private final Alerts alerts;
  private final Path logFolder;

  public UnexpectedErrors(Alerts alerts, Path logFolder) {
    this.alerts = alerts;
    this.logFolder = logFolder;
  }

  /** Makes this the handler of every thread's uncaught exceptions. */
  public void install() {
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> report(failure));
  }

  public void report(Throwable failure) {
    LOG.error("Unexpected failure", failure);
    String message = Messages.get("error.unexpected.message", describe(failure), logFolder);
    if (Platform.isFxApplicationThread()) {
      alerts.error(Messages.get("error.unexpected.title"), message);
    } else {
      Platform.runLater(() -> alerts.error(Messages.get("error.unexpected.title"), message));
    }
  }

  /** What failed, in words a person can read: the exception's kind, never its stack. */
  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof OutOfMemoryError) {
      return Messages.get("error.unexpected.memory");
    }
    if (root instanceof java.io.IOException) {
      return Messages.get("error.unexpected.io");
    }
    return Messages.get("error.unexpected.internal", root.getClass().getSimpleName());
  }
}

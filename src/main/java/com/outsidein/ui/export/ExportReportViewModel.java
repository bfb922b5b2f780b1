package com.outsidein.ui.export;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Problem;
import com.outsidein.domain.Study;
import com.outsidein.exchange.report.ReportCancelledException;
import com.outsidein.exchange.report.ReportResult;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import com.outsidein.ui.task.TaskHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Export report…: which study (or all), which file, then the export in the background with
 * progress and cancel, and what came of it. Knows no controls; the dialog binds to it.
 */
public final class ExportReportViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(ExportReportViewModel.class);

  /** What to report on: one study, or every study (studyId null). */
  public record Scope(Long studyId, String title) {
    @Override
    public String toString() {
      return title;
    }
  }

  /** Where the last export ended. */
  public enum Outcome {
    NONE,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
  }

  private final WorkspaceSession session;
  private final TaskExecutor tasks;
  private final Scope all = new Scope(null, Messages.get("export.allStudies"));
  private final ObservableList<Scope> scopes = FXCollections.observableArrayList(all);
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(all);
  private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
  private final AtomicBoolean cancelRequested = new AtomicBoolean();

  public ExportReportViewModel(WorkspaceSession session, TaskExecutor tasks) {
    this.session = session;
    this.tasks = tasks;
  }

  /** Loads the studies to choose from, in the background. */
  public void load() {
    BackgroundTask.wrap(() -> session.studies().all())
        .onSuccess(
            studies -> {
              Scope chosen = scope.get();
              scopes.setAll(all);
              for (Study study : studies) {
                Scope option = new Scope(study.id(), study.title());
                scopes.add(option);
                if (option.equals(chosen)) {
                  scope.set(option);
                }
              }
            })
        .readWith(tasks);
  }

  public ObservableList<Scope> scopes() {
    return scopes;
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  /** The report file to write; the dialog's file chooser sets it. */
  public ObjectProperty<Path> targetProperty() {
    return target;
  }

  public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** 0..1 while running; -1 while the amount of work is not known yet. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the dialog says: the step running, or how the export ended. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The file the last export wrote. */
  public ReadOnlyObjectProperty<Path> writtenProperty() {
    return written.getReadOnlyProperty();
  }

  public BooleanBinding canExportProperty() {
    return Bindings.createBooleanBinding(
        () -> target.get() != null && !running.get(), target, running);
  }

  /** A file name for the chosen scope, such as {@code Onboarding experience report.xlsx}. */
  public String suggestedFileName() {
    Scope chosen = scope.get();
    String base = chosen == null || chosen.studyId() == null ? session.name() : chosen.title();
    return Messages.get(
        "export.fileName", base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip());
  }

  /** Starts the export in the background; does nothing while one runs or without a file. */
  public void export() {
    Path file = target.get();
    if (file == null || running.get()) {
      return;
    }
    Scope chosen = scope.get();
    Long studyId = chosen == null ? null : chosen.studyId();
    cancelRequested.set(false);
    running.set(true);
    outcome.set(Outcome.RUNNING);
    written.set(null);
    progress.set(-1);
    status.set(Messages.get("export.starting"));
    TaskHandle task =
        BackgroundTask.<ReportResult>withProgress(
                work ->
                    new ReportWriter(session)
                        .write(
                            studyId,
                            file,
                            (done, total, sheet) -> {
                              work.update(done, total);
                              work.message(Messages.get("export.writing", sheet));
                            },
                            () -> cancelRequested.get() || work.isCancelled()))
            .onSuccess(this::succeeded)
            .onFailure(this::failed)
            .onCancelled(this::cancelled)
            .readWith(tasks);
    progress.bind(task.progressProperty());
    status.bind(task.messageProperty());
  }

  /**
   * Asks a running export to stop. It stops at its next row and removes what it wrote; the thread
   * is not interrupted, since an interrupt can close the workspace's database file.
   */
  public void cancel() {
    if (running.get()) {
      cancelRequested.set(true);
      status.unbind();
      status.set(Messages.get("export.cancelling"));
    }
  }

  private void succeeded(ReportResult result) {
    finish(Outcome.SUCCEEDED);
    progress.set(1);
    written.set(result.file());
    status.set(
        Messages.get(
            "export.done",
            result.file().toString(),
            result.observations(),
            result.sheets().size()));
  }

  private void failed(Throwable failure) {
    if (failure instanceof ReportCancelledException) {
      cancelled();
      return;
    }
    finish(Outcome.FAILED);
    progress.set(0);
    if (failure instanceof BadInputException bad) {
      status.set(
          Messages.get(
              "export.failed",
              bad.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"))));
    } else if (failure instanceof IOException io) {
      LOG.warn("The report could not be written", io);
      status.set(Messages.get("export.failed", io.getMessage()));
    } else {
      LOG.error("The export failed", failure);
      status.set(
          Messages.get(
              "export.failed",
              Messages.get("export.unexpected", failure.getClass().getSimpleName())));
    }
  }

  private void cancelled() {
    finish(Outcome.CANCELLED);
    progress.set(0);
    status.set(Messages.get("export.cancelled"));
  }

  private void finish(Outcome end) {
    progress.unbind();
    status.unbind();
    running.set(false);
    outcome.set(end);
  }
}

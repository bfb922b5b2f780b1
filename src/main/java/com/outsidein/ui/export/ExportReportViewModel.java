package com.outsidein.ui.export;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Problem;
import com.outsidein.domain.Study;
import com.outsidein.exchange.report.ReportCancelledException;
import com.outsidein.exchange.report.ReportResult;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.StudyService;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.RunningWork;
import com.outsidein.ui.task.TaskExecutor;
import com.outsidein.ui.task.TaskHandle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
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

  private final StudyService studies;
  private final ReportWriter reports;
  private final String workspaceName;
  private final TaskExecutor tasks;
  private final Scope all = new Scope(null, Messages.get("export.allStudies"));
  private final ObservableList<Scope> scopes = FXCollections.observableArrayList(all);
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(all);
  private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
  private final RunningWork work = new RunningWork();

  /**
   * @param workspaceName names the report of every study
   */
  public ExportReportViewModel(
      StudyService studies, ReportWriter reports, String workspaceName, TaskExecutor tasks) {
    this.studies = studies;
    this.reports = reports;
    this.workspaceName = workspaceName;
    this.tasks = tasks;
  }

  /** Loads the studies to choose from, in the background. */
  public void load() {
    BackgroundTask.wrap(studies::all)
        .onSuccess(
            found -> {
              Scope chosen = scope.get();
              scopes.setAll(all);
              for (Study study : found) {
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
    return work.runningProperty();
  }

  /** 0..1 while running; -1 while the amount of work is not known yet. */
  public ReadOnlyDoubleProperty progressProperty() {
    return work.progressProperty();
  }

  /** What the dialog says: the step running, or how the export ended. */
  public ReadOnlyStringProperty statusProperty() {
    return work.statusProperty();
  }

  public BooleanBinding canExportProperty() {
    return Bindings.createBooleanBinding(
        () -> target.get() != null && !work.isRunning(), target, work.runningProperty());
  }

  /** A file name for the chosen scope, such as {@code Onboarding experience report.xlsx}. */
  public String suggestedFileName() {
    Scope chosen = scope.get();
    String base = chosen == null || chosen.studyId() == null ? workspaceName : chosen.title();
    return Messages.get(
        "export.fileName", base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip());
  }

  /** Starts the export in the background; does nothing while one runs or without a file. */
  public void export() {
    Path file = target.get();
    if (file == null || work.isRunning()) {
      return;
    }
    Scope chosen = scope.get();
    Long studyId = chosen == null ? null : chosen.studyId();
    work.start(Messages.get("export.starting"));
    outcome.set(Outcome.RUNNING);
    TaskHandle task =
        BackgroundTask.<ReportResult>withProgress(
                running ->
                    reports.write(
                        studyId,
                        file,
                        (done, total, sheet) -> {
                          running.update(done, total);
                          running.message(Messages.get("export.writing", sheet));
                        },
                        () -> work.isCancelRequested() || running.isCancelled()))
            .onSuccess(this::succeeded)
            .onFailure(this::failed)
            .onCancelled(this::cancelled)
            .readWith(tasks);
    work.follow(task, true);
  }

  /**
   * Asks a running export to stop. It stops at its next row and removes what it wrote; the thread
   * is not interrupted, since an interrupt can close the workspace's database file.
   */
  public void cancel() {
    work.requestCancel(Messages.get("export.cancelling"));
  }

  private void succeeded(ReportResult result) {
    work.finish(
        1,
        Messages.get(
            "export.done",
            result.file().toString(),
            result.observations(),
            result.sheets().size()));
    outcome.set(Outcome.SUCCEEDED);
  }

  private void failed(Throwable failure) {
    if (failure instanceof ReportCancelledException) {
      cancelled();
      return;
    }
    work.finish(0, Messages.get("export.failed", reason(failure)));
    outcome.set(Outcome.FAILED);
  }

  private static String reason(Throwable failure) {
    if (failure instanceof BadInputException bad) {
      return bad.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
    if (failure instanceof IOException io) {
      LOG.warn("The report could not be written", io);
      return io.getMessage();
    }
    LOG.error("The export failed", failure);
    return Messages.get("export.unexpected", failure.getClass().getSimpleName());
  }

  private void cancelled() {
    work.finish(0, Messages.get("export.cancelled"));
    outcome.set(Outcome.CANCELLED);
  }
}

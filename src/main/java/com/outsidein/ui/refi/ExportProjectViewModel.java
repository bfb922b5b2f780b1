package com.outsidein.ui.refi;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportCancelledException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.Problem;
import com.outsidein.domain.Study;
import com.outsidein.exchange.refi.ProjectExportResult;
import com.outsidein.exchange.refi.QdpxExporter;
import com.outsidein.service.StudyService;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.RunningWork;
import com.outsidein.ui.task.TaskExecutor;
import com.outsidein.ui.task.TaskHandle;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Export › REFI-QDA project…: which study (or all), which file, then the export in the
 * background with progress and cancel, and its summary with everything held back for consent. Knows
 * no controls; the dialog binds to it.
 */
public final class ExportProjectViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(ExportProjectViewModel.class);

  /** What to export: one study, or every study (studyId null). */
  public record Scope(Long studyId, String title) {
    @Override
    public String toString() {
      return title;
    }
  }

  private final StudyService studies;
  private final QdpxExporter exporter;
  private final String workspaceName;
  private final TaskExecutor tasks;
  private final Scope all = new Scope(null, Messages.get("refi.export.allStudies"));
  private final ObservableList<Scope> scopes = FXCollections.observableArrayList(all);
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(all);
  private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
  private final RunningWork work = new RunningWork();
  private final ReadOnlyStringWrapper heldBack = new ReadOnlyStringWrapper("");

  public ExportProjectViewModel(
      StudyService studies, QdpxExporter exporter, String workspaceName, TaskExecutor tasks) {
    this.studies = studies;
    this.exporter = exporter;
    this.workspaceName = workspaceName;
    this.tasks = tasks;
  }

  /** Loads the studies to choose from, in the background. */
  public void load() {
    BackgroundTask.wrap(studies::all)
        .onSuccess(
            found -> {
              scopes.setAll(all);
              for (Study study : found) {
                scopes.add(new Scope(study.id(), study.title()));
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

  /** The project file to write; the dialog's file chooser sets it. */
  public ObjectProperty<Path> targetProperty() {
    return target;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return work.runningProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return work.progressProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return work.statusProperty();
  }

  /** What the last export held back or withheld for consent, one thing a line. */
  public ReadOnlyStringProperty heldBackProperty() {
    return heldBack.getReadOnlyProperty();
  }

  public BooleanBinding canExportProperty() {
    return Bindings.createBooleanBinding(
        () -> target.get() != null && !work.isRunning(), target, work.runningProperty());
  }

  /** A file name for the chosen scope, such as {@code Onboarding experience.qdpx}. */
  public String suggestedFileName() {
    Scope chosen = scope.get();
    String base = chosen == null || chosen.studyId() == null ? workspaceName : chosen.title();
    return base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip() + ".qdpx";
  }

  /** Starts the export in the background; does nothing while one runs or without a file. */
  public void export() {
    Path file = target.get();
    if (file == null || work.isRunning()) {
      return;
    }
    Long studyId = scope.get() == null ? null : scope.get().studyId();
    work.start(Messages.get("refi.export.starting"));
    heldBack.set("");
    TaskHandle task =
        BackgroundTask.<ProjectExportResult>withProgress(
                running ->
                    exporter.export(
                        studyId,
                        file,
                        new ImportProgress() {
                          @Override
                          public void update(long done, long total) {
                            running.update(done, total);
                          }

                          @Override
                          public boolean isCancelled() {
                            return work.isCancelRequested() || running.isCancelled();
                          }
                        }))
            .onSuccess(this::succeeded)
            .onFailure(this::failed)
            .onCancelled(this::cancelled)
            .readWith(tasks);
    work.follow(task, false);
  }

  /** Asks a running export to stop at its next interview; what it wrote is removed. */
  public void cancel() {
    work.requestCancel(Messages.get("refi.export.cancelling"));
  }

  private void succeeded(ProjectExportResult result) {
    work.finish(
        1,
        Messages.get(
            "refi.export.done",
            result.file().toString(),
            result.sources(),
            result.selections(),
            result.codes(),
            result.notes()));
    heldBack.set(
        result.heldBack().isEmpty()
            ? Messages.get("refi.export.nothingHeldBack")
            : Messages.get("refi.export.heldBack", String.join("\n", result.heldBack())));
  }

  private void failed(Throwable failure) {
    if (failure instanceof ImportCancelledException) {
      cancelled();
      return;
    }
    String reason;
    if (failure instanceof BadInputException bad) {
      reason = bad.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    } else {
      LOG.warn("The REFI-QDA export failed", failure);
      reason =
          failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
    work.finish(0, Messages.get("refi.export.failed", reason));
  }

  private void cancelled() {
    work.finish(0, Messages.get("refi.export.cancelled"));
  }
}

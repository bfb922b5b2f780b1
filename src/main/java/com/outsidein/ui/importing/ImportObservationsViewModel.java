package com.outsidein.ui.importing;

import com.outsidein.domain.AlreadyImportedException;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.ImportCancelledException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.Problem;
import com.outsidein.domain.Study;
import com.outsidein.exchange.importing.ImportPreview;
import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.service.SearchService;
import com.outsidein.service.StudyService;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.RunningWork;
import com.outsidein.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Import observations…: a file (its path typed or chosen), a study (picked or typed), a
 * preview of the file's first rows with the columns found and warnings, then the import in the
 * background with progress and cancel, and its summary or its problems. Knows no controls.
 */
public final class ImportObservationsViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(ImportObservationsViewModel.class);

  /** How many rows the preview shows. */
  public static final int PREVIEW_ROWS = 10;

  /** Where the dialog stands. */
  public enum Outcome {
    NONE,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED,
    /** The same file was imported before: the person is asked whether to import it again. */
    ALREADY_IMPORTED
  }

  private final StudyService studyService;
  private final ObservationImporter importer;
  private final SearchService search;
  private final TaskExecutor tasks;
  private final RunningWork work = new RunningWork();
  private final StringProperty path = new SimpleStringProperty("");
  private final StringProperty study = new SimpleStringProperty("");
  private final ObservableList<String> studies = FXCollections.observableArrayList();
  private final ObservableList<String> previewHeader = FXCollections.observableArrayList();
  private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper detected = new ReadOnlyStringWrapper("");
  private final ObservableList<String> warnings = FXCollections.observableArrayList();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
  private int previewRequest;

  public ImportObservationsViewModel(
      StudyService studies,
      ObservationImporter importer,
      SearchService search,
      TaskExecutor tasks) {
    this.studyService = studies;
    this.importer = importer;
    this.search = search;
    this.tasks = tasks;
    path.addListener((obs, old, now) -> preview());
  }

  /** Loads the studies to choose from, in the background. */
  public void load() {
    BackgroundTask.wrap(() -> studyService.all().stream().map(Study::title).toList())
        .onSuccess(studies::setAll)
        .readWith(tasks);
  }

  /** The file to import, as a path; typed in the dialog or set by its file chooser. */
  public StringProperty pathProperty() {
    return path;
  }

  /** The study's title: an existing one or a new one. */
  public StringProperty studyProperty() {
    return study;
  }

  public ObservableList<String> studies() {
    return studies;
  }

  public ObservableList<String> previewHeader() {
    return previewHeader;
  }

  public ObservableList<List<String>> previewRows() {
    return previewRows;
  }

  /** The known columns found in the file, as a line of text. */
  public ReadOnlyStringProperty detectedProperty() {
    return detected.getReadOnlyProperty();
  }

  public ObservableList<String> warnings() {
    return warnings;
  }

  /** What stopped the import (or the preview), one line each. */
  public ObservableList<String> problems() {
    return problems;
  }

  public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return work.runningProperty();
  }

  /** 0..1 while running; -1 while the amount of work is not known. */
  public ReadOnlyDoubleProperty progressProperty() {
    return work.progressProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return work.statusProperty();
  }

  public BooleanBinding canImportProperty() {
    return Bindings.createBooleanBinding(
        () -> !path.get().isBlank() && !study.get().isBlank() && !work.isRunning(),
        path,
        study,
        work.runningProperty());
  }

  private Path file() {
    return Path.of(path.get().strip());
  }

  /** Reads the file's first rows in the background and shows them, or why it cannot. */
  private void preview() {
    int request = ++previewRequest;
    if (outcome.get() == Outcome.FAILED) {
      outcome.set(Outcome.NONE); // another file: the failed import's problems no longer apply
    }
    previewHeader.clear();
    previewRows.clear();
    warnings.clear();
    problems.clear();
    detected.set("");
    if (path.get().isBlank()) {
      return;
    }
    Path file;
    try {
      file = file();
    } catch (java.nio.file.InvalidPathException e) {
      return;
    }
    BackgroundTask.wrap(() -> importer.preview(file, PREVIEW_ROWS))
        .onSuccess(
            preview -> {
              if (request == previewRequest) {
                showPreview(preview);
              }
            })
        .onFailure(
            failure -> {
              if (request == previewRequest && !importSpeaks()) {
                problems.setAll(describe(failure));
              }
            })
        .readWith(tasks);
  }

  private void showPreview(ImportPreview preview) {
    previewHeader.setAll(preview.header());
    previewRows.setAll(preview.rows());
    detected.set(String.join(", ", preview.detectedColumns()));
    warnings.setAll(preview.warnings());
    if (!importSpeaks()) {
      problems.setAll(preview.problems());
    }
  }

  /**
   * Whether the problems shown are an import's (running or failed): a preview that answers late,
   * after the import started, must not replace them.
   */
  private boolean importSpeaks() {
    return outcome.get() == Outcome.RUNNING || outcome.get() == Outcome.FAILED;
  }

  /**
   * Starts the import in the background. Without {@code again}, a file imported before ends in
   * {@link Outcome#ALREADY_IMPORTED}, so the dialog can ask.
   */
  public void importFile(boolean again) {
    if (!canImportProperty().get()) {
      return;
    }
    Path file = file();
    String title = study.get().strip();
    work.start(Messages.get("import.running", file.getFileName()));
    outcome.set(Outcome.RUNNING);
    problems.clear();
    var task =
        BackgroundTask.<ImportSummary>withProgress(
                running ->
                    importer.importObservations(
                        file,
                        title,
                        again,
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
            .writeWith(tasks);
    work.follow(task, false);
  }

  /** Asks a running import to stop; nothing of it is written. */
  public void cancel() {
    work.requestCancel(Messages.get("import.cancelling"));
  }

  private void succeeded(ImportSummary result) {
    work.finish(1, describe(result));
    warnings.setAll(result.warnings());
    outcome.set(Outcome.SUCCEEDED);
    // Index the new rows now, in the background, so the next search does not wait for them.
    BackgroundTask.wrap(
            () -> {
              search.prepare();
              return null;
            })
        .readWith(tasks);
  }

  /** The summary in words: rows, study, and what had to be created. */
  public static String describe(ImportSummary result) {
    StringBuilder text =
        new StringBuilder(Messages.get("import.done", result.rows(), result.study()));
    append(text, "import.newPeople", result.newPeople());
    append(text, "import.newAccounts", result.newAccounts());
    append(text, "import.newInterviews", result.newInterviews());
    append(text, "import.newCodes", result.newCodes());
    for (Map.Entry<Dimension, List<String>> values : result.newDimensionValues().entrySet()) {
      text.append('\n')
          .append(
              Messages.get(
                  "import.newValues",
                  values.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                  String.join(", ", values.getValue())));
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String key, List<String> names) {
    if (!names.isEmpty()) {
      int shown = Math.min(10, names.size());
      text.append('\n')
          .append(
              Messages.get(
                  key,
                  names.size(),
                  String.join(", ", names.subList(0, shown))
                      + (names.size() > shown ? ", …" : "")));
    }
  }

  private void failed(Throwable failure) {
    if (failure instanceof ImportCancelledException) {
      cancelled();
      return;
    }
    if (failure instanceof AlreadyImportedException already) {
      var last = already.earlier().get(already.earlier().size() - 1);
      work.finish(
          0, Messages.get("import.already", last.importedAt().toLocalDate(), last.rowCount()));
      outcome.set(Outcome.ALREADY_IMPORTED);
      return;
    }
    problems.setAll(describe(failure));
    work.finish(0, Messages.get("import.failed"));
    outcome.set(Outcome.FAILED);
  }

  private static List<String> describe(Throwable failure) {
    if (failure instanceof BadInputException bad) {
      List<String> lines =
          new java.util.ArrayList<>(bad.problems().stream().map(Problem::toString).toList());
      if (bad.total() > bad.problems().size()) {
        lines.add(Messages.get("import.moreProblems", bad.total() - bad.problems().size()));
      }
      return lines;
    }
    LOG.error("The import failed", failure);
    return List.of(Messages.get("import.unexpected", failure.getClass().getSimpleName()));
  }

  private void cancelled() {
    work.finish(0, Messages.get("import.cancelled"));
    outcome.set(Outcome.CANCELLED);
  }
}

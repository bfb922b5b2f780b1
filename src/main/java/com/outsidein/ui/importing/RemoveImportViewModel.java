package com.outsidein.ui.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportBatch;
import com.outsidein.domain.ImportRemoval;
import com.outsidein.service.ImportService;
import com.outsidein.service.StudyService;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Remove import…: the workspace's imports (file, date, rows, study), and removing one of
 * them whole in the background. Knows no controls.
 */
public final class RemoveImportViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(RemoveImportViewModel.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

  /** One import as the list shows it. */
  public record Entry(ImportBatch batch, String label) {
    @Override
    public String toString() {
      return label;
    }
  }

  private final StudyService studies;
  private final ImportService imports;
  private final TaskExecutor tasks;
  private final ObservableList<Entry> entries = FXCollections.observableArrayList();
  private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

  public RemoveImportViewModel(StudyService studies, ImportService imports, TaskExecutor tasks) {
    this.studies = studies;
    this.imports = imports;
    this.tasks = tasks;
  }

  /** Loads the imports, newest first, in the background. */
  public void load() {
    BackgroundTask.wrap(this::read)
        .onSuccess(
            list -> {
              entries.setAll(list);
              if (list.isEmpty() && status.get().isEmpty()) {
                status.set(Messages.get("remove.none"));
              }
            })
        .readWith(tasks);
  }

  private List<Entry> read() {
    List<Entry> list = new ArrayList<>();
    Map<Long, String> studyTitles = new HashMap<>();
    studies.all().forEach(s -> studyTitles.put(s.id(), s.title()));
    for (ImportBatch batch : imports.batches()) {
      String title = batch.studyId() == null ? null : studyTitles.get(batch.studyId());
      String study = title == null ? "" : Messages.get("remove.inStudy", title);
      list.add(
          new Entry(
              batch,
              Messages.get(
                  "remove.batch",
                  batch.fileName(),
                  batch.importedAt().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN),
                  batch.rowCount(),
                  study)));
    }
    return list;
  }

  public ObservableList<Entry> entries() {
    return entries;
  }

  public ObjectProperty<Entry> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The question to ask before removing the selected import. */
  public String confirmation() {
    Entry entry = selected.get();
    return entry == null
        ? ""
        : Messages.get("remove.confirm", entry.batch().fileName(), entry.batch().rowCount());
  }

  /** Removes the selected import in the background, then lists the imports again. */
  public void remove() {
    Entry entry = selected.get();
    if (entry == null || running.get()) {
      return;
    }
    running.set(true);
    BackgroundTask.wrap(() -> imports.remove(entry.batch().id()))
        .onSuccess(
            (ImportRemoval removal) -> {
              running.set(false);
              status.set(
                  Messages.get(
                      "remove.done",
                      removal.observations(),
                      removal.interviews(),
                      removal.people(),
                      removal.accounts(),
                      removal.codes()));
              selected.set(null);
              load();
            })
        .onFailure(
            failure -> {
              running.set(false);
              if (!(failure instanceof BadInputException)) {
                LOG.error("Removing an import failed", failure);
              }
              status.set(
                  Messages.get(
                      "remove.failed",
                      failure instanceof BadInputException bad
                          ? bad.problems().get(0).what()
                          : failure.getClass().getSimpleName()));
            })
        .writeWith(tasks);
  }
}

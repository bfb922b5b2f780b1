package com.outsidein.ui.importing;

import com.outsidein.domain.AlreadyImportedException;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.domain.Problem;
import com.outsidein.exchange.importing.PeopleImporter;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.RunningWork;
import com.outsidein.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File › Import people…: a people file, imported in the background, then what came of it or its
 * problems; a file imported before is imported again only when asked. Knows no controls.
 */
public final class ImportPeopleViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(ImportPeopleViewModel.class);

  private final PeopleImporter importer;
  private final TaskExecutor tasks;
  private final StringProperty path = new SimpleStringProperty("");
  private final RunningWork work = new RunningWork();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ImportObservationsViewModel.Outcome> outcome =
      new ReadOnlyObjectWrapper<>(ImportObservationsViewModel.Outcome.NONE);

  public ImportPeopleViewModel(PeopleImporter importer, TaskExecutor tasks) {
    this.importer = importer;
    this.tasks = tasks;
  }

  public StringProperty pathProperty() {
    return path;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return work.runningProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return work.statusProperty();
  }

  public ObservableList<String> problems() {
    return problems;
  }

  public ReadOnlyObjectProperty<ImportObservationsViewModel.Outcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public BooleanBinding canImportProperty() {
    return Bindings.createBooleanBinding(
        () -> !path.get().isBlank() && !work.isRunning(), path, work.runningProperty());
  }

  /** Imports the file in the background; a repeat ends in ALREADY_IMPORTED unless {@code again}. */
  public void importFile(boolean again) {
    if (!canImportProperty().get()) {
      return;
    }
    Path file = Path.of(path.get().strip());
    work.start(Messages.get("import.running", file.getFileName()));
    problems.clear();
    outcome.set(ImportObservationsViewModel.Outcome.RUNNING);
    BackgroundTask.wrap(() -> importer.importPeople(file, again, ImportProgress.NONE))
        .onSuccess(this::succeeded)
        .onFailure(this::failed)
        .writeWith(tasks);
  }

  private void succeeded(ImportSummary summary) {
    work.finish(
        1,
        Messages.get(
            "importPeople.done",
            summary.rows(),
            summary.newPeople().size(),
            summary.newAccounts().size()));
    outcome.set(ImportObservationsViewModel.Outcome.SUCCEEDED);
  }

  private void failed(Throwable failure) {
    if (failure instanceof AlreadyImportedException already) {
      var last = already.earlier().get(already.earlier().size() - 1);
      work.finish(
          0, Messages.get("import.already", last.importedAt().toLocalDate(), last.rowCount()));
      outcome.set(ImportObservationsViewModel.Outcome.ALREADY_IMPORTED);
      return;
    }
    List<String> lines = new ArrayList<>();
    if (failure instanceof BadInputException bad) {
      bad.problems().stream().map(Problem::toString).forEach(lines::add);
      if (bad.total() > bad.problems().size()) {
        lines.add(Messages.get("import.moreProblems", bad.total() - bad.problems().size()));
      }
    } else {
      LOG.error("The people import failed", failure);
      lines.add(Messages.get("import.unexpected", failure.getClass().getSimpleName()));
    }
    problems.setAll(lines);
    work.finish(0, Messages.get("import.failed"));
    outcome.set(ImportObservationsViewModel.Outcome.FAILED);
  }
}

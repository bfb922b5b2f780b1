package com.outsidein.ui.screens;

import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.BackgroundTasks;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The observation table's rows, the study it is filtered to and how many match. */
public final class ObservationsViewModel {

  /** How many rows the table holds at once; the count line says when there are more. */
  static final int PAGE_SIZE = 1000;

  private final BackgroundTasks tasks;
  private final ObservableList<ObservationRow> rows = FXCollections.observableArrayList();
  private final ObservableList<Study> studies = FXCollections.observableArrayList();
  private final ObjectProperty<Study> studyFilter = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
  private WorkspaceSession session;
  private long generation;

  public ObservationsViewModel(BackgroundTasks tasks) {
    this.tasks = tasks;
    studyFilter.addListener((obs, old, now) -> loadRows());
  }

  public ObservableList<ObservationRow> rows() {
    return rows;
  }

  public ObservableList<Study> studies() {
    return studies;
  }

  /** The study to show; null shows every study. */
  public ObjectProperty<Study> studyFilterProperty() {
    return studyFilter;
  }

  public ReadOnlyStringProperty countTextProperty() {
    return countText.getReadOnlyProperty();
  }

  public void load(WorkspaceSession session) {
    this.session = session;
    if (session == null) {
      rows.clear();
      studies.clear();
      countText.set("");
      return;
    }
    BackgroundTask.wrap(() -> session.studies().all())
        .onSuccess(
            all -> {
              Study selected = studyFilter.get();
              studies.setAll(all);
              if (selected != null && all.stream().noneMatch(s -> s.id() == selected.id())) {
                studyFilter.set(null);
              }
            })
        .executeWith(tasks);
    loadRows();
  }

  private record Page(List<ObservationRow> rows, int total) {}

  private void loadRows() {
    WorkspaceSession current = session;
    if (current == null) {
      return;
    }
    long mine = ++generation;
    Study study = studyFilter.get();
    ObservationFilter filter = ObservationFilter.ofStudy(study == null ? null : study.id());
    BackgroundTask.wrap(
            () ->
                new Page(
                    current.observations().rows(filter, 0, PAGE_SIZE),
                    current.observations().count(filter)))
        .onSuccess(
            page -> {
              if (mine != generation) {
                return;
              }
              rows.setAll(page.rows());
              countText.set(
                  page.total() > page.rows().size()
                      ? Messages.get("observations.countPartial", page.rows().size(), page.total())
                      : Messages.get("observations.count", page.total()));
            })
        .executeWith(tasks);
  }
}

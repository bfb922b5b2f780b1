package com.outsidein.ui.synthesis;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.JourneyMap;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.SayDoRow;
import com.outsidein.domain.Study;
import com.outsidein.service.StudyService;
import com.outsidein.service.SynthesisService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The cross-cuts of one study or of all: code × a dimension, says vs does per code, the journey map
 * and the charts drawn from them; and the observations behind a cell the person opened. Everything
 * is computed by the service in the background: on construction, when a filter changes, and when
 * what the counts are made of changes (observations, their codes, the people, interviews and
 * dimension values they are cut by, the studies). Insights, canvases and the team never reload it.
 */
public final class SynthesisViewModel implements AutoCloseable {

  /** The dimensions a matrix can cut codes by, in the order the chooser lists them. */
  public static final List<Dimension> MATRIX_DIMENSIONS =
      List.of(
          Dimension.SEGMENT,
          Dimension.LANE,
          Dimension.TOUCH_MODEL,
          Dimension.LIFECYCLE_STAGE,
          Dimension.JOURNEY_STAGE,
          Dimension.TOUCHPOINT,
          Dimension.FUNCTION,
          Dimension.CHANNEL);

  /** What a matrix may be narrowed to: every kind (null) or one. */
  public static final List<ObservationKind> KINDS = kinds();

  /** What the journey map's rows can be. */
  public static final List<Dimension> JOURNEY_ROWS =
      List.of(Dimension.FUNCTION, Dimension.TOUCHPOINT);

  /** Everything the views show, loaded together. */
  public record Loaded(
      CodeMatrix matrix, List<SayDoRow> sayDo, JourneyMap journey, CodeMatrix bySegment) {}

  /** The topics whose changes alter what the views count. */
  static final EnumSet<Topic> TOPICS =
      EnumSet.of(
          Topic.OBSERVATIONS,
          Topic.CODES,
          Topic.PEOPLE,
          Topic.INTERVIEWS,
          Topic.DIMENSIONS,
          Topic.STUDIES);

  /** The cell opened last: what it is called and how its observations are read. */
  private record Cell(String row, String column, Callable<List<AttributedObservation>> query) {}

  private final SynthesisService synthesis;
  private final StudyService studyService;
  private final Commands commands;
  private final ObservableList<Choice<Study>> studies = FXCollections.observableArrayList();
  private final ObjectProperty<Choice<Study>> study = new SimpleObjectProperty<>();
  private final ObjectProperty<Dimension> matrixDimension =
      new SimpleObjectProperty<>(Dimension.SEGMENT);
  private final ObjectProperty<ObservationKind> matrixKind = new SimpleObjectProperty<>();
  private final ObjectProperty<Dimension> journeyRows =
      new SimpleObjectProperty<>(Dimension.FUNCTION);
  private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
  private final ObservableList<AttributedObservation> cellObservations =
      FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper("");
  private final WorkspaceEvents.Subscription subscription;
  private Cell cell;
  private long generation;
  private long cellGeneration;
  private boolean settingChoices;
  private boolean changedWhileLoading;
  private boolean closed;

  public SynthesisViewModel(
      SynthesisService synthesis,
      StudyService studyService,
      WorkspaceEvents events,
      Commands commands) {
    this.synthesis = synthesis;
    this.studyService = studyService;
    this.commands = commands;
    Choice<Study> all = Choice.all(Messages.get("filter.allStudies"));
    studies.add(all);
    study.set(all);
    study.addListener((obs, old, now) -> filtersChanged());
    matrixDimension.addListener((obs, old, now) -> filtersChanged());
    matrixKind.addListener((obs, old, now) -> filtersChanged());
    journeyRows.addListener((obs, old, now) -> filtersChanged());
    this.subscription =
        events.subscribe(TOPICS, change -> commands.tasks().ui().execute(() -> onChanged(change)));
    loadStudies();
  }

  private static List<ObservationKind> kinds() {
    List<ObservationKind> kinds = new ArrayList<>();
    kinds.add(null);
    kinds.addAll(List.of(ObservationKind.values()));
    return Collections.unmodifiableList(kinds);
  }

  public ObservableList<Choice<Study>> studies() {
    return studies;
  }

  public ObjectProperty<Choice<Study>> studyProperty() {
    return study;
  }

  public ObjectProperty<Dimension> matrixDimensionProperty() {
    return matrixDimension;
  }

  public ObjectProperty<ObservationKind> matrixKindProperty() {
    return matrixKind;
  }

  public ObjectProperty<Dimension> journeyRowsProperty() {
    return journeyRows;
  }

  /** The matrix, say–do rows, journey map and chart data for the chosen filters. */
  public ReadOnlyObjectProperty<Loaded> loadedProperty() {
    return loaded.getReadOnlyProperty();
  }

  /** True until the figures for the chosen filters are known. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  /** The observations behind the cell opened last. */
  public ObservableList<AttributedObservation> cellObservations() {
    return cellObservations;
  }

  /** What the opened cell is, such as "Setup × SMB: 3 observations". */
  public ReadOnlyStringProperty cellTitleProperty() {
    return cellTitle.getReadOnlyProperty();
  }

  private Long studyId() {
    Choice<Study> chosen = study.get();
    return chosen == null || chosen.isAll() ? null : chosen.value().id();
  }

  private void onChanged(Change change) {
    if (closed) {
      return;
    }
    if (change.topic() == Topic.STUDIES) {
      loadStudies();
      return;
    }
    if (loading.get()) {
      // One more load once this one answers is enough for any number of changes meanwhile.
      changedWhileLoading = true;
      return;
    }
    reload();
    reloadCell();
  }

  private void loadStudies() {
    commands.read(Messages.get("synthesis.loadFailed"), studyService::all, this::useStudies);
  }

  private void useStudies(List<Study> all) {
    Long current = studyId();
    settingChoices = true;
    List<Choice<Study>> choices = new ArrayList<>();
    choices.add(Choice.all(Messages.get("filter.allStudies")));
    all.forEach(s -> choices.add(new Choice<>(s, s.title())));
    studies.setAll(choices);
    Choice<Study> chosen =
        choices.stream()
            .filter(c -> !c.isAll() && current != null && c.value().id() == current)
            .findFirst()
            .orElse(choices.get(0));
    study.set(chosen);
    settingChoices = false;
    if (current != null && chosen.isAll()) {
      // The chosen study is gone: its cell is no longer what the figures show.
      clearCell();
    }
    reload();
    reloadCell();
  }

  private void filtersChanged() {
    if (!settingChoices) {
      clearCell();
      reload();
    }
  }

  private void reload() {
    if (closed) {
      return;
    }
    long mine = ++generation;
    changedWhileLoading = false;
    loading.set(true);
    Long studyId = studyId();
    Dimension dimension = matrixDimension.get();
    ObservationKind kind = matrixKind.get();
    Dimension rows = journeyRows.get();
    BackgroundTask.wrap(
            () -> {
              CodeMatrix matrix = synthesis.matrix(dimension, studyId, kind);
              // The charts' codes by segment are the matrix itself when it is chosen so.
              CodeMatrix bySegment =
                  dimension == Dimension.SEGMENT && kind == null
                      ? matrix
                      : synthesis.matrix(Dimension.SEGMENT, studyId);
              return new Loaded(
                  matrix, synthesis.sayDo(studyId), synthesis.journeyMap(rows, studyId), bySegment);
            })
        .onSuccess(
            result -> {
              if (mine == generation) {
                loaded.set(result);
                loading.set(false);
                if (changedWhileLoading) {
                  reload();
                  reloadCell();
                }
              }
            })
        .onFailure(
            failure -> {
              if (mine == generation) {
                loading.set(false);
              }
              commands.tasks().reportUnhandled(failure);
            })
        .readWith(commands.tasks());
  }

  /** Shows the observations counted in one matrix cell. */
  public void openMatrixCell(CodeMatrix.Row row, CodeMatrix.Column column) {
    Long studyId = studyId();
    Dimension dimension = matrixDimension.get();
    ObservationKind kind = matrixKind.get();
    showCell(
        new Cell(
            row.path(),
            columnName(column.name()),
            () -> synthesis.matrixCell(dimension, studyId, kind, row.codeId(), column.valueId())),
        count(row, column));
  }

  /** Shows the observations in one journey map cell. */
  public void openJourneyCell(JourneyMap.Axis row, JourneyMap.Axis stage, JourneyMap.Cell cell) {
    Long studyId = studyId();
    Dimension rows = journeyRows.get();
    showCell(
        new Cell(
            columnName(row.name()),
            columnName(stage.name()),
            () -> synthesis.journeyCell(rows, studyId, stage.valueId(), row.valueId())),
        cell.count());
  }

  private int count(CodeMatrix.Row row, CodeMatrix.Column column) {
    Loaded now = loaded.get();
    int index = now == null ? -1 : now.matrix().columns().indexOf(column);
    return index < 0 ? 0 : row.counts().get(index);
  }

  private static String columnName(String name) {
    return name == null ? Messages.get("synthesis.notSet") : name;
  }

  private static String title(Cell cell, int count) {
    return Messages.get("synthesis.cellTitle", cell.row(), cell.column(), count);
  }

  private void showCell(Cell opened, int count) {
    cell = opened;
    cellTitle.set(title(opened, count));
    reloadCell();
  }

  /** Reads the open cell's observations anew; its title follows how many there are now. */
  private void reloadCell() {
    Cell current = cell;
    if (current == null || closed) {
      return;
    }
    long mine = ++cellGeneration;
    commands.read(
        Messages.get("synthesis.loadFailed"),
        current.query(),
        found -> {
          if (mine == cellGeneration) {
            cellObservations.setAll(found);
            cellTitle.set(title(current, found.size()));
          }
        });
  }

  public void clearCell() {
    cellGeneration++;
    cell = null;
    cellTitle.set("");
    cellObservations.clear();
  }

  @Override
  public void close() {
    closed = true;
    subscription.close();
  }
}

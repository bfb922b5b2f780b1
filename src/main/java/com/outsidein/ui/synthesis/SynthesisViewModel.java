package com.outsidein.ui.synthesis;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.JourneyMap;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.SayDoRow;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
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
 * is computed by the services in the background and reloaded when a filter changes.
 */
public final class SynthesisViewModel {

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

  private final Commands commands;
  private final ObservableList<Choice<Study>> studies = FXCollections.observableArrayList();
  private final ObjectProperty<Choice<Study>> study = new SimpleObjectProperty<>();
  private final ObjectProperty<Dimension> matrixDimension =
      new SimpleObjectProperty<>(Dimension.SEGMENT);
  private final ObjectProperty<ObservationKind> matrixKind = new SimpleObjectProperty<>();
  private final ObjectProperty<Dimension> journeyRows =
      new SimpleObjectProperty<>(Dimension.FUNCTION);
  private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
  private final ObservableList<AttributedObservation> cellObservations =
      FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper("");
  private WorkspaceSession session;
  private long generation;
  private long cellGeneration;
  private boolean settingChoices;

  public SynthesisViewModel(Commands commands) {
    this.commands = commands;
    Choice<Study> all = Choice.all(Messages.get("filter.allStudies"));
    studies.add(all);
    study.set(all);
    study.addListener((obs, old, now) -> filtersChanged());
    matrixDimension.addListener((obs, old, now) -> filtersChanged());
    matrixKind.addListener((obs, old, now) -> filtersChanged());
    journeyRows.addListener((obs, old, now) -> filtersChanged());
  }

  private static List<ObservationKind> kinds() {
    List<ObservationKind> kinds = new ArrayList<>();
    kinds.add(null);
    kinds.addAll(List.of(ObservationKind.values()));
    return java.util.Collections.unmodifiableList(kinds);
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

  public void load(WorkspaceSession session) {
    boolean switched = session != this.session;
    this.session = session;
    if (switched) {
      clearCell();
    }
    if (session == null) {
      loaded.set(null);
      return;
    }
    BackgroundTask.wrap(() -> session.studies().all())
        .onSuccess(this::useStudies)
        .readWith(commands.tasks());
  }

  private void useStudies(List<Study> all) {
    Long current = studyId();
    settingChoices = true;
    List<Choice<Study>> choices = new ArrayList<>();
    choices.add(Choice.all(Messages.get("filter.allStudies")));
    all.forEach(s -> choices.add(new Choice<>(s, s.title())));
    studies.setAll(choices);
    study.set(
        choices.stream()
            .filter(c -> !c.isAll() && current != null && c.value().id() == current)
            .findFirst()
            .orElse(choices.get(0)));
    settingChoices = false;
    reload();
  }

  private void filtersChanged() {
    if (!settingChoices) {
      clearCell();
      reload();
    }
  }

  private void reload() {
    WorkspaceSession current = session;
    if (current == null) {
      return;
    }
    long mine = ++generation;
    Long studyId = studyId();
    Dimension dimension = matrixDimension.get();
    ObservationKind kind = matrixKind.get();
    Dimension rows = journeyRows.get();
    BackgroundTask.wrap(
            () ->
                new Loaded(
                    current.synthesis().matrix(dimension, studyId, kind),
                    current.synthesis().sayDo(studyId),
                    current.synthesis().journeyMap(rows, studyId),
                    current.synthesis().matrix(Dimension.SEGMENT, studyId)))
        .onSuccess(
            result -> {
              if (mine == generation) {
                loaded.set(result);
              }
            })
        .readWith(commands.tasks());
  }

  /** Shows the observations counted in one matrix cell. */
  public void openMatrixCell(CodeMatrix.Row row, CodeMatrix.Column column) {
    Long studyId = studyId();
    Dimension dimension = matrixDimension.get();
    ObservationKind kind = matrixKind.get();
    showCell(
        Messages.get(
            "synthesis.cellTitle", row.path(), columnName(column.name()), count(row, column)),
        () ->
            session
                .synthesis()
                .matrixCell(dimension, studyId, kind, row.codeId(), column.valueId()));
  }

  /** Shows the observations in one journey map cell. */
  public void openJourneyCell(JourneyMap.Axis row, JourneyMap.Axis stage, JourneyMap.Cell cell) {
    Long studyId = studyId();
    Dimension rows = journeyRows.get();
    showCell(
        Messages.get(
            "synthesis.cellTitle", columnName(row.name()), columnName(stage.name()), cell.count()),
        () -> session.synthesis().journeyCell(rows, studyId, stage.valueId(), row.valueId()));
  }

  private int count(CodeMatrix.Row row, CodeMatrix.Column column) {
    Loaded now = loaded.get();
    int index = now == null ? -1 : now.matrix().columns().indexOf(column);
    return index < 0 ? 0 : row.counts().get(index);
  }

  private static String columnName(String name) {
    return name == null ? Messages.get("synthesis.notSet") : name;
  }

  private void showCell(String title, Callable<List<AttributedObservation>> query) {
    if (session == null) {
      return;
    }
    long mine = ++cellGeneration;
    cellTitle.set(title);
    BackgroundTask.wrap(query)
        .onSuccess(
            found -> {
              if (mine == cellGeneration) {
                cellObservations.setAll(found);
              }
            })
        .readWith(commands.tasks());
  }

  public void clearCell() {
    cellGeneration++;
    cellTitle.set("");
    cellObservations.clear();
  }
}

package com.outsidein.service;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Code;
import com.outsidein.domain.CodeMatrix;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.JourneyMap;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.SayDoRow;
import com.outsidein.store.SynthesisQueries.Cell;
import com.outsidein.store.SynthesisQueries.JourneyCount;
import com.outsidein.store.SynthesisQueries.KindCount;
import com.outsidein.store.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cross-cuts that make the workbench: code × any dimension, and says vs does per code. Counts
 * are of observations coded directly with a code, in one study or (studyId null) in every study.
 */
public final class SynthesisService {

  private final Workspace workspace;

  SynthesisService(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Every code against every value of the dimension, counting observations of any kind. */
  public CodeMatrix matrix(Dimension dimension, Long studyId) {
    return matrix(dimension, studyId, null);
  }

  /** Every code against every value of the dimension, counting observations of one kind. */
  public CodeMatrix matrix(Dimension dimension, Long studyId, ObservationKind kind) {
    record Read(List<Code> codes, List<DimensionValue> values, List<Cell> cells) {}
    Read read =
        workspace.read(
            tx ->
                new Read(
                    tx.codes().all(),
                    tx.dimensions().of(dimension),
                    tx.synthesis().matrix(dimension, studyId, kind)));
    List<CodeMatrix.Column> columns = new ArrayList<>();
    Map<Long, Integer> columnOfValue = new HashMap<>();
    for (DimensionValue value : read.values()) {
      columnOfValue.put(value.id(), columns.size());
      columns.add(new CodeMatrix.Column(value.id(), value.name()));
    }
    boolean anyNotSet = read.cells().stream().anyMatch(c -> c.valueId() == null);
    if (anyNotSet) {
      columns.add(new CodeMatrix.Column(null, null));
    }
    Map<Long, int[]> countsByCode = new HashMap<>();
    for (Cell cell : read.cells()) {
      Integer column =
          cell.valueId() == null
              ? Integer.valueOf(columns.size() - 1)
              : columnOfValue.get(cell.valueId());
      if (column != null) {
        countsByCode.computeIfAbsent(cell.codeId(), k -> new int[columns.size()])[column] +=
            cell.count();
      }
    }
    CodeTree tree = new CodeTree(read.codes());
    List<CodeMatrix.Row> rows = new ArrayList<>();
    for (Code code : tree.depthFirst()) {
      int[] counts = countsByCode.getOrDefault(code.id(), new int[columns.size()]);
      List<Integer> list = new ArrayList<>(counts.length);
      for (int count : counts) {
        list.add(count);
      }
      rows.add(
          new CodeMatrix.Row(code.id(), tree.pathOf(code.id()), tree.depthOf(code.id()), list));
    }
    return new CodeMatrix(dimension, kind, columns, rows);
  }

  /**
   * Says, does and says-they-do per code, for the codes that have any of them, in codebook order,
   * with the mean sentiments and the gap between them.
   */
  public List<SayDoRow> sayDo(Long studyId) {
    record Read(List<Code> codes, List<KindCount> counts) {}
    Read read = workspace.read(tx -> new Read(tx.codes().all(), tx.synthesis().sayDo(studyId)));
    Map<Long, Map<ObservationKind, KindCount>> byCode = new LinkedHashMap<>();
    for (KindCount count : read.counts()) {
      byCode.computeIfAbsent(count.codeId(), k -> new HashMap<>()).put(count.kind(), count);
    }
    CodeTree tree = new CodeTree(read.codes());
    List<SayDoRow> rows = new ArrayList<>();
    for (Code code : tree.depthFirst()) {
      Map<ObservationKind, KindCount> kinds = byCode.get(code.id());
      if (kinds == null) {
        continue;
      }
      KindCount says = kinds.get(ObservationKind.SAYS);
      KindCount does = kinds.get(ObservationKind.DOES);
      KindCount saysTheyDo = kinds.get(ObservationKind.SAYS_THEY_DO);
      rows.add(
          new SayDoRow(
              code.id(),
              tree.pathOf(code.id()),
              count(says),
              count(does),
              count(saysTheyDo),
              rated(saysTheyDo),
              rated(does),
              mean(saysTheyDo),
              mean(does)));
    }
    return rows;
  }

  /**
   * The observations counted in one cell of {@link #matrix(Dimension, Long, ObservationKind)}:
   * coded with the code and having the value (null: no value) of the dimension, newest first.
   */
  public List<AttributedObservation> matrixCell(
      Dimension dimension, Long studyId, ObservationKind kind, long codeId, Long valueId) {
    return workspace.read(
        tx ->
            tx.attributedObservations()
                .byIds(tx.synthesis().matrixCell(dimension, studyId, kind, codeId, valueId)));
  }

  /**
   * Journey stages across, the values of {@code rows} (function or touchpoint) down: how many
   * observations share each pair, and their mean sentiment.
   */
  public JourneyMap journeyMap(Dimension rows, Long studyId) {
    record Read(
        List<DimensionValue> stages, List<DimensionValue> rowValues, List<JourneyCount> counts) {}
    Read read =
        workspace.read(
            tx ->
                new Read(
                    tx.dimensions().of(Dimension.JOURNEY_STAGE),
                    tx.dimensions().of(rows),
                    tx.synthesis().journey(rows, studyId)));
    List<JourneyMap.Axis> columns =
        axes(read.stages(), read.counts().stream().anyMatch(c -> c.stageId() == null));
    List<JourneyMap.Axis> rowAxes =
        axes(read.rowValues(), read.counts().stream().anyMatch(c -> c.rowValueId() == null));
    List<List<JourneyMap.Cell>> cells = new ArrayList<>();
    for (JourneyMap.Axis row : rowAxes) {
      List<JourneyMap.Cell> line = new ArrayList<>();
      for (JourneyMap.Axis column : columns) {
        line.add(
            read.counts().stream()
                .filter(
                    c ->
                        Objects.equals(c.stageId(), column.valueId())
                            && Objects.equals(c.rowValueId(), row.valueId()))
                .findFirst()
                .map(c -> JourneyMap.Cell.of(c.count(), c.rated(), c.sum()))
                .orElse(JourneyMap.Cell.EMPTY));
      }
      cells.add(line);
    }
    return new JourneyMap(rows, columns, rowAxes, cells);
  }

  /** The observations in one cell of {@link #journeyMap} (null ids: no value), newest first. */
  public List<AttributedObservation> journeyCell(
      Dimension rows, Long studyId, Long stageId, Long rowValueId) {
    return workspace.read(
        tx ->
            tx.attributedObservations()
                .byIds(tx.synthesis().journeyCell(rows, studyId, stageId, rowValueId)));
  }

  private static List<JourneyMap.Axis> axes(List<DimensionValue> values, boolean withNotSet) {
    List<JourneyMap.Axis> axes = new ArrayList<>();
    for (DimensionValue value : values) {
      axes.add(new JourneyMap.Axis(value.id(), value.name()));
    }
    if (withNotSet) {
      axes.add(new JourneyMap.Axis(null, null));
    }
    return axes;
  }

  private static int count(KindCount count) {
    return count == null ? 0 : count.count();
  }

  private static int rated(KindCount count) {
    return count == null ? 0 : count.rated();
  }

  private static Double mean(KindCount count) {
    return count == null || count.rated() == 0 ? null : (double) count.sum() / count.rated();
  }
}

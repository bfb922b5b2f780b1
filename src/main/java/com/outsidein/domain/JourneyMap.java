package com.outsidein.domain;

import java.util.List;
import java.util.Objects;

/**
 * Observations laid out along the customer journey: journey stages across, the values of a second
 * dimension (customer function or touchpoint) down. Each cell holds how many observations there are
 * and the mean of their sentiments. Columns and rows follow their lists' order, then a "no value"
 * column or row when any observation has none.
 */
public record JourneyMap(
    Dimension rowDimension, List<Axis> columns, List<Axis> rows, List<List<Cell>> cells) {

  public JourneyMap {
    Objects.requireNonNull(rowDimension, "rowDimension");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    cells = cells.stream().map(List::copyOf).toList();
  }

  /** A value of a dimension along one side; valueId and name are null for "no value". */
  public record Axis(Long valueId, String name) {

    public boolean isNotSet() {
      return valueId == null;
    }
  }

  /**
   * How many observations share a stage and a row value, how many of them have a sentiment, and the
   * mean of those sentiments (null when none has one).
   */
  public record Cell(int count, int rated, Double meanSentiment) {

    public static final Cell EMPTY = new Cell(0, 0, null);

    public static Cell of(int count, int rated, long sentimentSum) {
      return new Cell(count, rated, rated == 0 ? null : (double) sentimentSum / rated);
    }

    public boolean isEmpty() {
      return count == 0;
    }
  }

  /** The cell at a row value and a journey stage (null ids mean "no value"). */
  public Cell cell(Long rowValueId, Long stageId) {
    int row = indexOf(rows, rowValueId);
    int column = indexOf(columns, stageId);
    return row < 0 || column < 0 ? Cell.EMPTY : cells.get(row).get(column);
  }

  /** Every observation on the map. */
  public int total() {
    return cells.stream().flatMap(List::stream).mapToInt(Cell::count).sum();
  }

  private static int indexOf(List<Axis> axes, Long valueId) {
    for (int i = 0; i < axes.size(); i++) {
      if (Objects.equals(axes.get(i).valueId(), valueId)) {
        return i;
      }
    }
    return -1;
  }
}

package com.outsidein.domain;

import java.util.List;
import java.util.Objects;

/**
 * Observations counted by code and by the values of one dimension: code × segment, code × journey
 * stage and the like. Rows are the codes depth-first (parents before children); columns are the
 * dimension's values in their list order, then a column for observations with no value when there
 * are any. A count is the number of observations coded directly with the row's code; kind is the
 * kind of observation counted, or null for every kind.
 */
public record CodeMatrix(
    Dimension dimension, ObservationKind kind, List<Column> columns, List<Row> rows) {

  public CodeMatrix {
    Objects.requireNonNull(dimension, "dimension");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** A value of the dimension; valueId and name are null for "no value". */
  public record Column(Long valueId, String name) {

    public boolean isNotSet() {
      return valueId == null;
    }
  }

  /** One code and its counts, one per column, in column order. */
  public record Row(long codeId, String path, int depth, List<Integer> counts) {

    public Row {
      counts = List.copyOf(counts);
    }

    public int total() {
      return counts.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The count in a row and column (0 when the code is not in the matrix). */
  public int count(long codeId, Long valueId) {
    int column = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (Objects.equals(columns.get(i).valueId(), valueId)) {
        column = i;
      }
    }
    if (column < 0) {
      return 0;
    }
    for (Row row : rows) {
      if (row.codeId() == codeId) {
        return row.counts().get(column);
      }
    }
    return 0;
  }
}

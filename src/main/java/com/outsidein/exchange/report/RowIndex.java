package com.outsidein.exchange.report;

import java.util.Arrays;

/**
 * Where each observation landed on the Observations sheet, so insights and canvases can link to it.
 * Ids arrive in ascending order; a sorted array keeps 100,000 of them in under a megabyte.
 */
final class RowIndex {

  private final int firstRow;
  private long[] ids = new long[1024];
  private int size;

  RowIndex(int firstRow) {
    this.firstRow = firstRow;
  }

  /** Records the next row's id; ids must come in ascending order. */
  void add(long id) {
    if (size > 0 && id <= ids[size - 1]) {
      throw new IllegalArgumentException("ids must ascend: " + id + " after " + ids[size - 1]);
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id;
  }

  /** The sheet row of an id, or -1 when it is not on the sheet. */
  int rowOf(long id) {
    int index = Arrays.binarySearch(ids, 0, size, id);
    return index < 0 ? -1 : firstRow + index;
  }

  int size() {
    return size;
  }
}

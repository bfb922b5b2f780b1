package com.outsidein.exchange.importing;

import java.util.List;

/** Hears the rows of a table one at a time; the first row it hears is the header. */
@FunctionalInterface
interface RowHandler {

  /**
   * One row.
   *
   * @param number the row's number as a spreadsheet shows it (the header is row 1)
   * @param cells its values, trimmed of nothing; missing cells are empty strings
   * @return false to stop reading
   */
  boolean row(int number, List<String> cells);
}

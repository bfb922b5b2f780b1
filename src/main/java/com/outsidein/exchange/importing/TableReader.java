package com.outsidein.exchange.importing;

import java.io.IOException;
import java.nio.file.Path;

/** Reads a file of rows (CSV or a workbook's sheet) and hands them on one at a time. */
interface TableReader {

  /**
   * Reads the rows of {@code file} into {@code handler}.
   *
   * @throws com.outsidein.domain.BadInputException when the file is not what its name says
   */
  void read(Path file, RowHandler handler) throws IOException;

  /**
   * Where the rows come from, as problems name it: the file's name, and for a workbook the sheet
   * read. Known once the first row was handed on.
   */
  default String where(String fileName) {
    return fileName;
  }
}

package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportedObservation;
import com.outsidein.domain.ObservationImport;
import com.outsidein.domain.Problem;
import com.outsidein.exchange.ExchangeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks a whole observation file (CSV, or the Observations sheet of a workbook) before
 * anything is written: every row is checked, and any broken rule stops it with every problem listed
 * (the first 20 kept), each naming its row and column.
 */
public final class ObservationFileReader {

  /** The sheet read from a workbook when it has one by this name; else its first sheet. */
  public static final String SHEET = "Observations";

  private static final int REPORT_EVERY = 1_000;

  /**
   * Reads every row of the file.
   *
   * @throws BadInputException listing every problem when any row breaks a rule
   * @throws com.outsidein.domain.ImportCancelledException when cancelled
   */
  public ObservationImport read(Path file, String sha256, ImportProgress progress) {
    String name = TableFiles.nameOf(file);
    List<Problem> problems = new ArrayList<>();
    List<ImportedObservation> rows = new ArrayList<>();
    Header[] header = new Header[1];
    ObservationRowParser[] parser = new ObservationRowParser[1];
    TableReader table = TableFiles.readerFor(file, SHEET);
    readTable(
        file,
        table,
        (number, cells) -> {
          if (header[0] == null) {
            String where = table.where(name);
            header[0] =
                new Header(where, cells, ObservationColumns.ALL, ObservationColumns.REQUIRED);
            if (!header[0].problems().isEmpty()) {
              problems.addAll(header[0].problems());
              return false;
            }
            parser[0] = new ObservationRowParser(new CellRules(where, header[0], problems));
            return true;
          }
          if (cells.stream().allMatch(String::isBlank)) {
            return true;
          }
          ImportedObservation row = parser[0].parse(number, cells);
          if (row != null) {
            rows.add(row);
          }
          if ((rows.size() + problems.size()) % REPORT_EVERY == 0) {
            progress.checkCancelled();
            progress.update(rows.size(), -1);
          }
          return true;
        });
    if (header[0] == null) {
      throw new BadInputException(table.where(name), ExchangeText.get("problem.noHeaderRow"));
    }
    if (problems.isEmpty() && rows.isEmpty()) {
      throw new BadInputException(table.where(name), ExchangeText.get("problem.noObservations"));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new ObservationImport(name, sha256, rows, header[0].warnings());
  }

  /** The header and the first rows of a file as written, for a preview; nothing is checked. */
  public ImportPreview preview(Path file, int rowCount) {
    String name = TableFiles.nameOf(file);
    List<List<String>> rows = new ArrayList<>();
    List<String> headerCells = new ArrayList<>();
    TableReader table = TableFiles.readerFor(file, SHEET);
    readTable(
        file,
        table,
        (number, cells) -> {
          if (headerCells.isEmpty()) {
            headerCells.addAll(cells);
            return true;
          }
          rows.add(cells);
          return rows.size() < rowCount;
        });
    if (headerCells.isEmpty()) {
      throw new BadInputException(table.where(name), ExchangeText.get("problem.noHeaderRow"));
    }
    Header header =
        new Header(
            table.where(name), headerCells, ObservationColumns.ALL, ObservationColumns.REQUIRED);
    return new ImportPreview(
        headerCells,
        rows,
        header.detected(),
        header.warnings(),
        header.problems().stream().map(Problem::toString).toList());
  }

  private static void readTable(Path file, TableReader table, RowHandler handler) {
    try {
      table.read(file, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

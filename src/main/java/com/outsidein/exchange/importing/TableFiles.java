package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.exchange.ExchangeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for an import file by its name: .csv or .xlsx; anything else is refused. */
final class TableFiles {

  private TableFiles() {}

  /** The file's name as problems show it (the whole path when it has no name, such as /). */
  static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static TableReader readerFor(Path file, String wantedSheet) {
    String name = TableFiles.nameOf(file);
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(name, ExchangeText.get("problem.noSuchFile"));
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(name, ExchangeText.get("problem.permissionDenied"));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return new CsvTable();
    }
    if (lower.endsWith(".xlsx")) {
      return new XlsxTable(wantedSheet);
    }
    throw new BadInputException(name, ExchangeText.get("problem.notATable"));
  }
}

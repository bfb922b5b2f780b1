package com.outsidein.exchange;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The one CSV dialect OutsideIn reads and writes: RFC 4180 with a header row. */
public final class CsvFiles {

  public static final CSVFormat WITH_HEADER =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .get();

  private CsvFiles() {}

  /** Reads every record of a small file into memory. */
  public static List<CSVRecord> readAll(Reader reader) throws IOException {
    try (CSVParser parser = WITH_HEADER.parse(reader)) {
      return parser.getRecords();
    }
  }
}

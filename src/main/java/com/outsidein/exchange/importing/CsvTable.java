package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.exchange.ExchangeText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file: UTF-8 (with or without a byte order mark), comma-separated, RFC 4180 quoting with
 * newlines inside quotes as text. Parsed by commons-csv, streaming.
 */
final class CsvTable implements TableReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  @Override
  public void read(Path file, RowHandler handler) throws IOException {
    TextBytes.checkText(file);
    String name = file.getFileName().toString();
    int number = 0;
    try (Reader reader = TextBytes.open(file);
        CSVParser parser = FORMAT.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            return;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw explain(file, name, number + 1, e.getCause());
        }
        number++;
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        if (!handler.row(number, cells)) {
          return;
        }
      }
    } catch (CharacterCodingException e) {
      throw TextBytes.notUtf8(file);
    }
  }

  private static RuntimeException explain(Path file, String name, int row, IOException cause) {
    if (cause instanceof CharacterCodingException) {
      return TextBytes.notUtf8(file);
    }
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (message.contains("EOF reached before encapsulated token finished")) {
      return new BadInputException(
          ExchangeText.get("where.row", name, row), ExchangeText.get("problem.csvQuoteNotClosed"));
    }
    if (message.contains("invalid char between encapsulated token and delimiter")) {
      return new BadInputException(
          ExchangeText.get("where.row", name, row), ExchangeText.get("problem.csvTextAfterQuote"));
    }
    return new BadInputException(
        ExchangeText.get("where.row", name, row), ExchangeText.get("problem.notCsv", message));
  }
}

package com.outsidein.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The storage engine's own speed limit for loading a CSV: H2's {@code CSVREAD} into one flat table
 * with the file's columns and only a primary key, in a throw-away database. The bench compares the
 * importer against it.
 */
public final class CsvReadBaseline {

  private CsvReadBaseline() {}

  /** Loads the CSV into a new database in {@code folder} and returns the rows loaded. */
  public static long load(Path folder, Path csv, List<String> columns) {
    String url = "jdbc:h2:file:" + folder.resolve("csvread").toAbsolutePath() + ";WRITE_DELAY=0";
    String columnList =
        columns.stream().map(c -> "\"" + c.toUpperCase() + "\"").collect(Collectors.joining(", "));
    String definitions =
        columns.stream()
            .map(c -> "\"" + c.toUpperCase() + "\" VARCHAR(20000)")
            .collect(Collectors.joining(", "));
    try (Connection connection = DriverManager.getConnection(url, "BENCH", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE flat (flat_row BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
              + definitions
              + ")");
      String file = csv.toAbsolutePath().toString().replace("'", "''");
      long rows =
          statement.executeUpdate(
              "INSERT INTO flat ("
                  + columnList
                  + ") SELECT * FROM CSVREAD('"
                  + file
                  + "', NULL, 'charset=UTF-8')");
      statement.execute("SHUTDOWN");
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("CSVREAD baseline failed: " + e.getMessage(), e);
    }
  }
}

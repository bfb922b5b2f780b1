package com.outsidein.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every row of every table once, so damage anywhere in a workspace file shows at open, before
 * anything is written into it, rather than later in the middle of a search or an import.
 */
final class EveryRowRead {

  private EveryRowRead() {}

  static void of(Connection connection) throws SQLException {
    for (String table : tables(connection)) {
      try (Statement statement = connection.createStatement()) {
        statement.setFetchSize(1000);
        try (ResultSet rows =
            statement.executeQuery("SELECT * FROM \"PUBLIC\".\"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int column = 1; column <= columns; column++) {
              rows.getObject(column);
            }
          }
        }
      }
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet names =
            statement.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
      while (names.next()) {
        tables.add(names.getString(1).replace("\"", "\"\""));
      }
    }
    return tables;
  }
}

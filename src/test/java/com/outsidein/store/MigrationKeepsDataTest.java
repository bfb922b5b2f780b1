package com.outsidein.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace made by the first version of the schema, with a row in every table, opens with the
 * current code: every row survives, and when the schema moved on, the backup made before migrating
 * exists.
 */
class MigrationKeepsDataTest {

  @TempDir Path folder;

  @Test
  void aFirstVersionWorkspaceKeepsEveryRowWhenOpenedByTheCurrentCode() throws Exception {
    Path file = folder.resolve("old.mv.db");
    String url = "jdbc:h2:file:" + folder.resolve("old") + ";WRITE_DELAY=0";
    Flyway.configure()
        .dataSource(url, "OUTSIDEIN", "")
        .locations(Migrations.LOCATION)
        .target("1")
        .load()
        .migrate();
    Map<String, Long> before;
    try (Connection connection = DriverManager.getConnection(url, "OUTSIDEIN", "");
        Statement statement = connection.createStatement()) {
      try (InputStream fixture = getClass().getResourceAsStream("/migration/v1-fixture.sql")) {
        for (String sql :
            new String(fixture.readAllBytes(), StandardCharsets.UTF_8).split(";\\s*\\n")) {
          String trimmed =
              sql.lines()
                  .filter(l -> !l.startsWith("--"))
                  .reduce("", (a, b) -> a + "\n" + b)
                  .trim();
          if (!trimmed.isEmpty()) {
            statement.execute(trimmed);
          }
        }
      }
      before = rowCounts(connection);
    }
    assertThat(before.values()).allMatch(count -> count > 0);

    try (Workspace workspace = Workspace.open(file)) {
      assertThat(workspace.migration().fromVersion()).isEqualTo("1");
      if (!workspace.migration().toVersion().equals("1")) {
        assertThat(workspace.migration().backup()).exists();
      }
      Map<String, Long> after =
          workspace.read(
              tx -> {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : before.keySet()) {
                  counts.put(
                      table,
                      tx.ctx().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)))
                          + 0L);
                }
                return counts;
              });
      assertThat(after).isEqualTo(before);
      int highlightEnd =
          workspace.read(tx -> tx.observations().byId(1).orElseThrow().highlight().end());
      boolean found =
          workspace.read(tx -> tx.people().findByEmail("PRIYA@example.org").isPresent());
      assertThat(highlightEnd).isEqualTo(29);
      var depotVisit = workspace.read(tx -> tx.interviews().byId(1).orElseThrow());
      var call = workspace.read(tx -> tx.interviews().byId(2).orElseThrow());
      assertThat(depotVisit.notes()).isEqualTo("Priya said: \"The map freezes.\"");
      assertThat(depotVisit.transcript()).isEmpty();
      assertThat(call.notes()).isEmpty();
      assertThat(call.transcript())
          .isEqualTo("Dispatcher: The route loads slowly.\nPriya: Only on Mondays.");
      assertThat(found).isTrue();
    }
    assertThat(Files.exists(file)).isTrue();
  }

  private static Map<String, Long> rowCounts(Connection connection) throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_NAME <> 'flyway_schema_history' ORDER BY TABLE_NAME")) {
      while (tables.next()) {
        counts.put(tables.getString(1), 0L);
      }
    }
    for (String table : counts.keySet()) {
      try (Statement statement = connection.createStatement();
          ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
        count.next();
        counts.put(table, count.getLong(1));
      }
    }
    return counts;
  }
}

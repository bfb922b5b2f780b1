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

  @Test
  void aWorkspaceOfAVersionBeforeMetricsKeepsItsRowsAndTakesMetricValues() throws Exception {
    Path file = folder.resolve("four.mv.db");
    String url = "jdbc:h2:file:" + folder.resolve("four") + ";WRITE_DELAY=0";
    Flyway.configure()
        .dataSource(url, "OUTSIDEIN", "")
        .locations(Migrations.LOCATION)
        .target("4")
        .load()
        .migrate();
    Map<String, Long> before;
    try (Connection connection = DriverManager.getConnection(url, "OUTSIDEIN", "");
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO account (id, name) VALUES (7, 'Acme')");
      statement.execute(
          "INSERT INTO import_batch (kind, file_name, sha256, imported_at, row_count) VALUES "
              + "('PEOPLE', 'people.csv', REPEAT('a', 64), CURRENT_TIMESTAMP, 1)");
      before = rowCounts(connection);
    }

    try (Workspace workspace = Workspace.open(file)) {
      assertThat(workspace.migration().fromVersion()).isEqualTo("4");
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
      workspace.update(
          tx -> {
            var metric = tx.metrics().insert(com.outsidein.domain.Metric.named("NPS"));
            tx.metrics()
                .insertValue(
                    com.outsidein.domain.MetricValue.of(
                        7,
                        metric.id(),
                        java.time.LocalDate.of(2026, 1, 1),
                        java.math.BigDecimal.TEN));
            tx.importBatches()
                .insert(
                    new com.outsidein.domain.ImportBatch(
                        0,
                        null,
                        com.outsidein.domain.ImportBatch.Kind.METRICS,
                        "metrics.csv",
                        "b".repeat(64),
                        java.time.OffsetDateTime.now(),
                        1));
          });
      java.util.List<com.outsidein.domain.MetricValue> values =
          workspace.read(tx -> tx.metrics().valuesOfAccount(7));
      assertThat(values).hasSize(1);
      java.util.List<com.outsidein.domain.StageChange> stages =
          workspace.read(tx -> tx.accounts().stageChanges(7));
      assertThat(stages).isEmpty();
    }
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

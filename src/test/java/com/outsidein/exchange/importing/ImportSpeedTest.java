package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportSummary;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import runs at least at half the rate of H2's own CSVREAD of the same file into a workspace's
 * observation table (same indexes and constraints, one transaction); 10,000 rows by default,
 * 100,000 with {@code -Dheavy=true}. The import does more: it also matches people, interviews and
 * codes, and codes each observation. At the small default size fixed costs (the commit, a cold JVM)
 * weigh more, so there the bar is a quarter of CSVREAD's rate.
 *
 * <p>A timed comparison depends on what else the machine is doing, so it runs only when asked for
 * with {@code -Dheavy=true}; {@code bench} reports the same two rates in every run.
 */
@EnabledIfSystemProperty(named = "heavy", matches = "true")
class ImportSpeedTest {

  @TempDir Path folder;

  @Test
  void importIsAtLeastHalfAsFastAsCsvread() throws Exception {
    int rows = Boolean.getBoolean("heavy") ? 100_000 : 10_000;
    Path csv = folder.resolve("big.csv");
    ImportSpeedTestFiles.writeBigCsv(csv, rows);

    double csvreadSeconds = csvread(csv);
    long started = System.nanoTime();
    ImportSummary summary;
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("ws"))) {
      summary =
          new ObservationImporter(session)
              .importObservations(csv, "Speed", false, ImportProgress.NONE);
    }
    double importSeconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "ImportSpeedTest: %d rows, import %.2f s (%.0f rows/s), CSVREAD %.2f s (%.0f rows/s)%n",
        rows,
        importSeconds,
        rows / importSeconds,
        csvreadSeconds,
        rows / csvreadSeconds);

    assertThat(summary.rows()).isEqualTo(rows);
    double share = Boolean.getBoolean("heavy") ? 0.5 : 0.25;
    assertThat(rows / importSeconds).isGreaterThanOrEqualTo(share * rows / csvreadSeconds);
  }

  /** Seconds H2 takes to read the CSV into the observation table of a fresh workspace. */
  private double csvread(Path csv) throws Exception {
    Path workspace = folder.resolve("csvread");
    try (WorkspaceSession session = WorkspaceSession.create(workspace)) {
      session.studies().create(com.outsidein.domain.Study.titled("Speed"));
    }
    String url = "jdbc:h2:file:" + workspace.toAbsolutePath() + ";WRITE_DELAY=0";
    try (Connection connection = DriverManager.getConnection(url, "OUTSIDEIN", "");
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      long started = System.nanoTime();
      statement.execute(
          "INSERT INTO observation (study_id, text, quote, kind, sentiment)"
              + " SELECT (SELECT MIN(id) FROM study), OBSERVATION, QUOTE, 'SAYS',"
              + " CAST(SENTIMENT AS SMALLINT) FROM CSVREAD('"
              + csv.toAbsolutePath()
              + "', NULL, 'charset=UTF-8')");
      connection.commit();
      return (System.nanoTime() - started) / 1e9;
    }
  }
}

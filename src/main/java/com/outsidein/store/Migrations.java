package com.outsidein.store;

import com.outsidein.domain.MigrationReport;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a workspace's schema to the current version with Flyway. An existing workspace is backed
 * up beside its file before any migration runs, and that backup is kept.
 */
final class Migrations {

  /** Where the schema's migrations live on the class path. */
  static final String LOCATION = "classpath:db/migration";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final DataSource dataSource;
  private final Path file;
  private final Flyway flyway;

  Migrations(DataSource dataSource, Path file, String... locations) {
    this.dataSource = dataSource;
    this.file = file;
    this.flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(locations)
            .ignoreMigrationPatterns("*:future")
            .load();
  }

  MigrationReport bringUpToDate() throws SQLException {
    MigrationInfoService info = flyway.info();
    MigrationInfo current = info.current();
    if (current == null) {
      refuseForeignDatabase();
      flyway.migrate();
      return new MigrationReport("0", latestVersion(), null);
    }
    for (MigrationInfo applied : info.applied()) {
      if (applied.getState() == MigrationState.FUTURE_SUCCESS
          || applied.getState() == MigrationState.FUTURE_FAILED) {
        throw new WorkspaceUnavailableException(
            Reason.TOO_NEW, file, WorkspaceText.about("tooNew", file, applied.getVersion()), null);
      }
    }
    String from = current.getVersion().getVersion();
    if (info.pending().length == 0) {
      return new MigrationReport(from, from, null);
    }
    Path backup = backupBeforeMigrating(from);
    flyway.migrate();
    return new MigrationReport(from, latestVersion(), backup);
  }

  private String latestVersion() {
    MigrationInfo current = flyway.info().current();
    return current == null ? "0" : current.getVersion().getVersion();
  }

  private Path backupBeforeMigrating(String from) throws SQLException {
    String name =
        WorkspaceFiles.baseName(file)
            + ".before-migration-from-v"
            + from
            + "-"
            + LocalDateTime.now().format(STAMP)
            + ".zip";
    Path backup = file.resolveSibling(name);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("BACKUP TO '" + backup.toString().replace("'", "''") + "'");
    }
    return backup;
  }

  /** An H2 file that has tables but no migration history was not made by OutsideIn. */
  private void refuseForeignDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
      tables.next();
      if (tables.getLong(1) > 0) {
        throw new WorkspaceUnavailableException(
            Reason.NOT_A_WORKSPACE, file, WorkspaceText.about("otherDatabase", file), null);
      }
    }
  }
}

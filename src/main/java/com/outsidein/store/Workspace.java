package com.outsidein.store;

import com.outsidein.domain.MigrationReport;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One open workspace: an H2 file, migrated to the current schema, locked against other processes
 * for as long as it is open. All reading and writing goes through {@link #read} and {@link #write},
 * each one transaction.
 */
public final class Workspace implements AutoCloseable {

  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  private static final String USER = "OUTSIDEIN";

  private final Path file;
  private final JdbcConnectionPool pool;
  private final DSLContext dsl;
  private final MigrationReport migration;

  private Workspace(Path file, JdbcConnectionPool pool, MigrationReport migration) {
    this.file = file;
    this.pool = pool;
    this.migration = migration;
    this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
  }

  /**
   * Opens an existing workspace, migrating it (after a backup) when it was written by an older
   * version.
   */
  public static Workspace open(Path named) {
    return open(named, (char[]) null);
  }

  /** Opens a workspace that may be encrypted; {@code password} is null for one that is not. */
  public static Workspace open(Path named, char[] password) {
    return open(named, password, Migrations.LOCATION);
  }

  /** Opens with migrations from the given class-path locations (tests add later ones). */
  static Workspace open(Path named, String... migrationLocations) {
    return open(named, (char[]) null, migrationLocations);
  }

  private static Workspace open(Path named, char[] password, String... migrationLocations) {
    return open(Disk.PLAIN, named, password, migrationLocations);
  }

  /** Opens through an H2 file system of the given prefix (tests simulate faulty disks so). */
  static Workspace open(Disk disk, Path named, char[] password) {
    return open(disk, named, password, Migrations.LOCATION);
  }

  private static Workspace open(
      Disk disk, Path named, char[] password, String... migrationLocations) {
    Path file = WorkspaceFiles.databaseFile(named);
    WorkspaceFiles.checkExisting(file);
    if (WorkspaceFiles.isEncrypted(file) && (password == null || password.length == 0)) {
      throw new WorkspaceUnavailableException(
          Reason.PASSWORD_REQUIRED, file, WorkspaceText.about("passwordRequired", file), null);
    }
    return connect(
        disk, file, true, WorkspaceFiles.isEncrypted(file) ? password : null, migrationLocations);
  }

  /** Creates a new, empty workspace; refuses a path where one already exists. */
  public static Workspace create(Path named) {
    return create(named, null);
  }

  /** Creates a new workspace, encrypted with AES when a password is given. */
  public static Workspace create(Path named, char[] password) {
    return create(Disk.PLAIN, named, password);
  }

  static Workspace create(Disk disk, Path named, char[] password) {
    Path file = WorkspaceFiles.databaseFile(named);
    WorkspaceFiles.checkNew(file);
    try {
      Files.createDirectories(file.getParent());
    } catch (java.io.IOException e) {
      throw H2Failures.fileFault(file, e)
          .orElseGet(
              () ->
                  new WorkspaceUnavailableException(
                      Reason.UNREADABLE, file, WorkspaceText.about("folderNotCreated", file), e));
    }
    return connect(
        disk,
        file,
        false,
        password == null || password.length == 0 ? null : password,
        Migrations.LOCATION);
  }

  private static Workspace connect(
      Disk disk, Path file, boolean mustExist, char[] password, String... migrationLocations) {
    // A 32 MB page cache (H2's default is 16 MB) keeps the indexes of a large workspace in memory
    // while importing, exporting and showing search results; bench measures the difference.
    // TRACE_LEVEL_FILE=0: H2's trace file beside the workspace would hold the values of failed
    // statements in the clear.
    String url =
        "jdbc:h2:file:"
            + disk.prefix()
            + WorkspaceFiles.basePath(file)
            + ";WRITE_DELAY=0;CACHE_SIZE=32768;TRACE_LEVEL_FILE=0"
            + (password == null ? "" : ";CIPHER=AES")
            + (mustExist ? ";IFEXISTS=TRUE" : "");
    // With CIPHER, H2 takes "file-password user-password"; the user has no password of its own.
    String passwords = password == null ? "" : FileKey.of(password) + " ";
    if (mustExist) {
      readEverythingReadOnly(file, url, passwords);
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, passwords);
    pool.setMaxConnections(8);
    try {
      try (Connection probe = pool.getConnection()) {
        probe.isValid(1);
      }
      MigrationReport report = new Migrations(pool, file, migrationLocations).bringUpToDate();
      return new Workspace(file, pool, report);
    } catch (SQLException | RuntimeException e) {
      pool.dispose();
      if (e instanceof WorkspaceUnavailableException unavailable) {
        throw unavailable;
      }
      throw H2Failures.explain(file, e);
    }
  }

  /**
   * Reads every row with the file opened read-only, so a damaged file is found before H2 opens it
   * for writing (which alone writes into it).
   */
  private static void readEverythingReadOnly(Path file, String url, String passwords) {
    try (Connection connection =
        java.sql.DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", USER, passwords)) {
      EveryRowRead.of(connection);
    } catch (SQLException | RuntimeException e) {
      throw H2Failures.explain(file, e);
    }
  }

  public Path file() {
    return file;
  }

  public String name() {
    return WorkspaceFiles.baseName(file);
  }

  /** What happened to the schema at open: the versions, and the backup made before migrating. */
  public MigrationReport migration() {
    return migration;
  }

  public <T> T read(Function<Tx, T> work) {
    return explainingFileFaults(
        () -> dsl.transactionResult(configuration -> work.apply(new Tx(configuration.dsl()))));
  }

  public <T> T write(Function<Tx, T> work) {
    return explainingFileFaults(
        () -> dsl.transactionResult(configuration -> work.apply(new Tx(configuration.dsl()))));
  }

  /** A write that returns nothing: one transaction. */
  public void update(Consumer<Tx> work) {
    write(
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /**
   * Runs database work; a failure of the file itself (full disk, read-only, damaged) becomes a
   * {@link WorkspaceUnavailableException} that says so, any other failure passes unchanged.
   */
  private <T> T explainingFileFaults(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (org.jooq.exception.DataAccessException e) {
      throw H2Failures.fileFault(file, e).map(RuntimeException.class::cast).orElse(e);
    }
  }

  /** Writes a consistent copy of the open workspace into a zip file (H2's online backup). */
  public void backupTo(Path zip) {
    try {
      Files.createDirectories(zip.toAbsolutePath().getParent());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    explainingFileFaults(() -> dsl.execute("BACKUP TO ?", zip.toAbsolutePath().toString()));
  }

  /**
   * Puts a backup in the place of a workspace file that is closed: the database in the zip is
   * written beside the file first and then moved over it, so a failure leaves the file as it was.
   */
  public static void restore(Path zip, Path named) {
    Path file = WorkspaceFiles.databaseFile(named);
    Path partial = file.resolveSibling(file.getFileName() + ".restoring");
    try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
      java.util.List<? extends java.util.zip.ZipEntry> databases =
          archive.stream().filter(e -> e.getName().endsWith(WorkspaceFiles.EXTENSION)).toList();
      if (databases.size() != 1) {
        throw new com.outsidein.domain.BadInputException(
            zip.toString(), WorkspaceText.about("notOneWorkspaceInBackup", zip));
      }
      try (java.io.InputStream in = archive.getInputStream(databases.get(0))) {
        Files.copy(in, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(
          partial,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (java.util.zip.ZipException e) {
      throw new com.outsidein.domain.BadInputException(
          zip.toString(), WorkspaceText.about("backupNotZip", zip));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (java.io.IOException e) {
        // Nothing more to do: the original file is untouched.
      }
    }
  }

  /**
   * Encrypts a closed workspace, changes its password, or (with a null new password) decrypts it.
   * {@code oldPassword} is null when it is not encrypted yet.
   */
  public static void changePassword(Path named, char[] oldPassword, char[] newPassword) {
    Path file = WorkspaceFiles.databaseFile(named);
    try {
      org.h2.tools.ChangeFileEncryption.execute(
          file.getParent().toString(),
          WorkspaceFiles.baseName(file),
          "AES",
          oldPassword == null ? null : FileKey.of(oldPassword).toCharArray(),
          newPassword == null ? null : FileKey.of(newPassword).toCharArray(),
          true);
    } catch (java.sql.SQLException e) {
      throw H2Failures.explain(file, e);
    }
  }

  @Override
  public void close() {
    pool.dispose();
  }
}

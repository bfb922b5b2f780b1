package com.outsidein.service;

import com.outsidein.domain.Backup;
import com.outsidein.store.Workspace;
import com.outsidein.store.WorkspaceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online, consistent backups of the open workspace (H2's BACKUP TO), kept in a folder beside it:
 * {@code NAME.backups/}. The last three and one a day for the last seven days are kept; the backup
 * made before a migration lies beside the workspace and is never pruned.
 *
 * <p>Routine backups cost little: one is made at most once a day, and besides after an import or a
 * migration (see {@link #isDue}), in the background on the executor the app hands to {@link
 * #runRoutineBackupsOn}; opening a workspace backed up today makes none.
 */
public final class BackupService {

  private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern ROUTINE = Pattern.compile(".+-(\\d{8}-\\d{6})(?:-\\d+)?\\.zip");
  private static final Pattern BEFORE_MIGRATION =
      Pattern.compile(".+\\.before-migration-from-v.+-(\\d{8}-\\d{6})\\.zip");

  private final Workspace workspace;
  private final Clock clock;
  private final LocalDateTime openedAt;
  private volatile Executor background;

  BackupService(Workspace workspace) {
    this(workspace, Clock.systemDefaultZone());
  }

  BackupService(Workspace workspace, Clock clock) {
    this.workspace = workspace;
    this.clock = clock;
    this.openedAt = LocalDateTime.now(clock).withNano(0);
  }

  /**
   * Makes routine backups on {@code executor} from now on: one now when {@link #isDue due}, and one
   * after every import. A failure is logged: the person's work goes on, and the next opening tries
   * again.
   */
  public void runRoutineBackupsOn(Executor executor) {
    background = executor;
    executor.execute(this::routineBackupQuietly);
  }

  /** An import has been written: its routine backup follows in the background, when one runs. */
  void importWritten() {
    Executor executor = background;
    if (executor != null) {
      executor.execute(this::routineBackupQuietly);
    }
  }

  private void routineBackupQuietly() {
    try {
      routineBackupIfDue();
    } catch (RuntimeException e) {
      LOG.warn("The routine backup failed", e);
    }
  }

  /** Makes a routine backup when one {@link #isDue is due}; returns it, or nothing. */
  public synchronized Optional<Backup> routineBackupIfDue() {
    return isDue() ? Optional.of(backupNow()) : Optional.empty();
  }

  /**
   * Whether a routine backup is due: when there is none from today, when the workspace was migrated
   * at this opening and has not been backed up since, or when an import was written after the
   * newest routine backup.
   */
  public boolean isDue() {
    Optional<Backup> last =
        list().stream()
            .filter(b -> b.kind() == Backup.Kind.ROUTINE)
            // Two backups in one second share their name's time; the file's time tells them apart.
            .max(Comparator.comparing(BackupService::began));
    if (last.isEmpty() || !last.get().takenAt().toLocalDate().equals(LocalDate.now(clock))) {
      return true;
    }
    if (workspace.migration().migrated() && last.get().takenAt().isBefore(openedAt)) {
      return true;
    }
    Optional<java.time.OffsetDateTime> lastImport =
        workspace.read(tx -> tx.importBatches().latestImportedAt());
    return lastImport.isPresent() && !lastImport.get().toInstant().isBefore(began(last.get()));
  }

  /** When a backup began, to the millisecond: its file's time (see {@link #backupNow}). */
  private static Instant began(Backup backup) {
    try {
      return Files.getLastModifiedTime(backup.file()).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }

  /** The folder routine backups go into. */
  public Path folder() {
    return folderOf(workspace.file());
  }

  static Path folderOf(Path workspaceFile) {
    return WorkspaceFiles.backupFolder(workspaceFile);
  }

  /** Writes a backup now, due or not, and prunes old ones; returns it. */
  public synchronized Backup backupNow() {
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    String base = WorkspaceFiles.baseName(workspace.file()) + "-" + now.format(STAMP);
    Path target = folder().resolve(base + ".zip");
    for (int n = 2; Files.exists(target); n++) {
      target = folder().resolve(base + "-" + n + ".zip");
    }
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      Files.createDirectories(folder());
      Instant began = clock.instant();
      workspace.backupTo(partial);
      // The file's time is when the backup began, so that anything written while it ran (an
      // import) counts as newer than it.
      Files.setLastModifiedTime(partial, FileTime.from(began));
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException e) {
        LOG.warn("Could not remove an unfinished backup", e);
      }
    }
    prune(LocalDate.now(clock));
    return describe(target, Backup.Kind.ROUTINE, now);
  }

  /**
   * Every backup of this workspace, newest first: routine ones and those made before migrations.
   */
  public List<Backup> list() {
    return listFor(workspace.file());
  }

  static List<Backup> listFor(Path workspaceFile) {
    List<Backup> backups = new ArrayList<>();
    Path folder = folderOf(workspaceFile);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.forEach(
            file ->
                parse(ROUTINE, file)
                    .ifPresent(time -> backups.add(describe(file, Backup.Kind.ROUTINE, time))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String prefix = WorkspaceFiles.baseName(workspaceFile) + ".before-migration-";
    try (Stream<Path> files = Files.list(workspaceFile.getParent())) {
      files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .forEach(
              file ->
                  parse(BEFORE_MIGRATION, file)
                      .ifPresent(
                          time -> backups.add(describe(file, Backup.Kind.BEFORE_MIGRATION, time))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    backups.sort(Comparator.comparing(Backup::takenAt).reversed());
    return backups;
  }

  private void prune(LocalDate today) {
    List<Backup> routine = list().stream().filter(b -> b.kind() == Backup.Kind.ROUTINE).toList();
    Set<LocalDateTime> keep =
        BackupRetention.keep(routine.stream().map(Backup::takenAt).toList(), today);
    for (Backup backup : routine) {
      if (!keep.contains(backup.takenAt())) {
        try {
          Files.deleteIfExists(backup.file());
        } catch (IOException e) {
          LOG.warn("Could not remove the old backup {}", backup.file(), e);
        }
      }
    }
  }

  private static java.util.Optional<LocalDateTime> parse(Pattern pattern, Path file) {
    Matcher m = pattern.matcher(file.getFileName().toString());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(LocalDateTime.parse(m.group(1), STAMP));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private static Backup describe(Path file, Backup.Kind kind, LocalDateTime time) {
    try {
      return new Backup(file, time, Files.size(file), kind);
    } catch (IOException e) {
      return new Backup(file, time, 0, kind);
    }
  }
}

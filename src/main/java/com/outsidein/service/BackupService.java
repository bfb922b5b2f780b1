package com.outsidein.service;

import com.outsidein.domain.Backup;
import com.outsidein.store.Workspace;
import com.outsidein.store.WorkspaceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online, consistent backups of the open workspace (H2's BACKUP TO), kept in a folder beside it:
 * {@code NAME.backups/}. The last three and one a day for the last seven days are kept; the backup
 * made before a migration lies beside the workspace and is never pruned.
 */
public final class BackupService {

  private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Pattern ROUTINE = Pattern.compile(".+-(\\d{8}-\\d{6})(?:-\\d+)?\\.zip");
  private static final Pattern BEFORE_MIGRATION =
      Pattern.compile(".+\\.before-migration-from-v.+-(\\d{8}-\\d{6})\\.zip");

  private final Workspace workspace;

  BackupService(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The folder routine backups go into. */
  public Path folder() {
    return folderOf(workspace.file());
  }

  static Path folderOf(Path workspaceFile) {
    return WorkspaceFiles.backupFolder(workspaceFile);
  }

  /** Writes a backup now and prunes old ones; returns it. */
  public Backup backupNow() {
    LocalDateTime now = LocalDateTime.now().withNano(0);
    String base = WorkspaceFiles.baseName(workspace.file()) + "-" + now.format(STAMP);
    Path target = folder().resolve(base + ".zip");
    for (int n = 2; Files.exists(target); n++) {
      target = folder().resolve(base + "-" + n + ".zip");
    }
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try {
      Files.createDirectories(folder());
      workspace.backupTo(partial);
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
    prune(LocalDate.now());
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

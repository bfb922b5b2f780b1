package com.outsidein.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Decides which workspace the app opens and opens it: the one asked for, else the last one used,
 * else the sample (built from the sample data the first time). Remembers what it opened.
 */
public final class WorkspaceOpener {

  private final DataFolder dataFolder;
  private final Settings settings;
  private final Function<Path, WorkspaceSession> sampleBuilder;

  /**
   * @param sampleBuilder creates a new workspace filled with the sample at the given path
   */
  public WorkspaceOpener(
      DataFolder dataFolder, Settings settings, Function<Path, WorkspaceSession> sampleBuilder) {
    this.dataFolder = dataFolder;
    this.settings = settings;
    this.sampleBuilder = sampleBuilder;
  }

  /** The workspace to open at start: the one asked for, the last one used, or the sample. */
  public Path startupChoice(Path requested) {
    if (requested != null) {
      return requested;
    }
    return settings
        .lastWorkspace()
        .filter(Files::isRegularFile)
        .orElse(dataFolder.sampleWorkspace());
  }

  /** Opens a workspace; the sample's file is built first when it does not exist yet. */
  public WorkspaceSession open(Path file) {
    WorkspaceSession session =
        isSamplePath(file) && !Files.exists(dataFolder.sampleWorkspace())
            ? sampleBuilder.apply(dataFolder.sampleWorkspace())
            : WorkspaceSession.open(file);
    remember(session);
    return session;
  }

  /** Creates a new, empty workspace and remembers it. */
  public WorkspaceSession create(Path file) {
    WorkspaceSession session = WorkspaceSession.create(file);
    remember(session);
    return session;
  }

  /**
   * Restores a backup over an open workspace: the current state is backed up first, the workspace
   * is closed, the backup put in its place, and the workspace opened again.
   */
  public WorkspaceSession restore(WorkspaceSession current, com.outsidein.domain.Backup backup) {
    Path file = current.file();
    current.backups().backupNow();
    current.close();
    com.outsidein.store.Workspace.restore(backup.file(), file);
    return open(file);
  }

  public Path samplePath() {
    return dataFolder.sampleWorkspace();
  }

  private boolean isSamplePath(Path file) {
    return com.outsidein.store.WorkspaceFiles.databaseFile(file)
        .equals(dataFolder.sampleWorkspace());
  }

  private void remember(WorkspaceSession session) {
    settings.rememberWorkspace(session.file());
    settings.save();
  }
}

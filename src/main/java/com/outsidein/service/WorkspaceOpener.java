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
    return open(file, null);
  }

  /** Opens a workspace with its password (null when it is not encrypted). */
  public WorkspaceSession open(Path file, char[] password) {
    WorkspaceSession session =
        isSamplePath(file) && !Files.exists(dataFolder.sampleWorkspace())
            ? sampleBuilder.apply(dataFolder.sampleWorkspace())
            : WorkspaceSession.open(file, password);
    remember(session);
    return session;
  }

  /** Creates a new, empty workspace and remembers it. */
  public WorkspaceSession create(Path file) {
    return create(file, null);
  }

  /** Creates a new workspace, encrypted when a password is given, and remembers it. */
  public WorkspaceSession create(Path file, char[] password) {
    WorkspaceSession session = WorkspaceSession.create(file, password);
    remember(session);
    return session;
  }

  /**
   * Restores a backup over an open workspace: the current state is backed up first, the workspace
   * is closed, the backup put in its place, and the workspace opened again.
   */
  public WorkspaceSession restore(
      WorkspaceSession current, com.outsidein.domain.Backup backup, char[] password) {
    Path file = current.file();
    current.backups().backupNow();
    current.close();
    com.outsidein.store.Workspace.restore(backup.file(), file);
    return open(file, password);
  }

  /**
   * Encrypts the open workspace, changes its password, or removes it (new password null). The
   * workspace is closed for it and opened again. Its older backups are deleted: they hold it
   * unencrypted or under the old password.
   */
  public WorkspaceSession changePassword(
      WorkspaceSession current, char[] oldPassword, char[] newPassword) {
    Path file = current.file();
    java.util.List<com.outsidein.domain.Backup> older = current.backups().list();
    current.close();
    com.outsidein.store.Workspace.changePassword(file, oldPassword, newPassword);
    for (com.outsidein.domain.Backup backup : older) {
      try {
        Files.deleteIfExists(backup.file());
      } catch (java.io.IOException e) {
        org.slf4j.LoggerFactory.getLogger(WorkspaceOpener.class)
            .warn("Could not remove an old backup", e);
      }
    }
    return open(file, newPassword);
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

package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Backup;
import com.outsidein.domain.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

  @TempDir Path folder;

  @Test
  void aBackupIsAZipBesideTheWorkspaceAndIsListed() {
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("log"))) {
      session.studies().create(Study.titled("First"));

      Backup backup = session.backups().backupNow();

      assertThat(backup.file()).exists().hasParent(folder.resolve("log.backups"));
      assertThat(backup.bytes()).isPositive();
      assertThat(session.backups().list()).extracting(Backup::file).contains(backup.file());
      assertThat(folder.resolve("log.backups")).isDirectoryNotContaining("glob:**.partial");
    }
  }

  @Test
  void restoringPutsTheBackupInPlaceAfterBackingUpTheCurrentState() throws Exception {
    WorkspaceOpener opener =
        new WorkspaceOpener(
            new DataFolder(folder.resolve("data")),
            Settings.load(folder.resolve("s.properties")),
            WorkspaceSession::create);
    WorkspaceSession session = opener.create(folder.resolve("work"));
    session.studies().create(Study.titled("Before the backup"));
    Backup backup = session.backups().backupNow();
    session.studies().create(Study.titled("After the backup"));

    try (WorkspaceSession restored = opener.restore(session, backup, null)) {
      assertThat(restored.studies().all())
          .extracting(Study::title)
          .containsExactly("Before the backup");
      Backup ofLaterState =
          restored.backups().list().stream()
              .filter(b -> !b.file().equals(backup.file()))
              .findFirst()
              .orElseThrow();
      Path check = folder.resolve("check");
      Files.createDirectories(check);
      com.outsidein.store.Workspace.restore(ofLaterState.file(), check.resolve("later"));
      try (WorkspaceSession later = WorkspaceSession.open(check.resolve("later"))) {
        assertThat(later.studies().all()).extracting(Study::title).contains("After the backup");
      }
    }
  }
}

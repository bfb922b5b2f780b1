package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Backup;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.ImportedObservation;
import com.outsidein.domain.ObservationImport;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Study;
import com.outsidein.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

  @Test
  void aSecondOpeningOnTheSameDayMakesNoBackup() {
    WorkspaceSession.create(folder.resolve("daily")).close();
    try (WorkspaceSession first = WorkspaceSession.open(folder.resolve("daily"))) {
      first.backups().runRoutineBackupsOn(Runnable::run);
      assertThat(first.backups().list()).hasSize(1);
    }

    try (WorkspaceSession second = WorkspaceSession.open(folder.resolve("daily"))) {
      second.backups().runRoutineBackupsOn(Runnable::run);

      assertThat(second.backups().isDue()).isFalse();
      assertThat(second.backups().list()).hasSize(1);
    }
  }

  @Test
  void anImportIsBackedUpAfterItInTheBackground() {
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("imports"))) {
      List<Runnable> background = new java.util.ArrayList<>();
      session.backups().runRoutineBackupsOn(background::add);
      background.remove(0).run();
      assertThat(session.backups().list()).hasSize(1);

      session.imports().importObservations(oneRow(), "Study", false, ImportProgress.NONE);

      assertThat(session.backups().list()).as("nothing until the background runs").hasSize(1);
      assertThat(background).hasSize(1);
      background.remove(0).run();
      assertThat(session.backups().list()).hasSize(2);
      assertThat(session.backups().isDue()).isFalse();
    }
  }

  @Test
  void aWorkspaceBackedUpYesterdayIsBackedUpAgainToday() {
    try (Workspace workspace = Workspace.create(folder.resolve("days"))) {
      Clock yesterday = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(-1));
      new BackupService(workspace, yesterday).backupNow();
      BackupService today = new BackupService(workspace);
      assertThat(today.isDue()).isTrue();

      assertThat(today.routineBackupIfDue()).isPresent();
      assertThat(today.routineBackupIfDue()).isEmpty();
      assertThat(today.list()).hasSize(2);
    }
  }

  private static ObservationImport oneRow() {
    return new ObservationImport(
        "one.csv",
        "0".repeat(64),
        List.of(
            new ImportedObservation(
                2,
                "Keeps a paper plan",
                null,
                ObservationKind.DOES,
                null,
                "Visit 1",
                null,
                "Ana",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of())),
        List.of());
  }
}

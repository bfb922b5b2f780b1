package com.outsidein.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.Study;
import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

  @TempDir Path folder;

  @Test
  void createMigratesAFreshFileToTheWholeSchemaWithSeededDimensions() {
    try (Workspace workspace = Workspace.create(folder.resolve("fresh"))) {
      assertThat(workspace.file()).isEqualTo(folder.resolve("fresh.mv.db"));
      assertThat(Files.isRegularFile(workspace.file())).isTrue();
      assertThat(workspace.migration().toVersion()).isEqualTo("5");
      assertThat(workspace.migration().migrated()).isFalse();
      List<DimensionValue> segments = workspace.read(tx -> tx.dimensions().of(Dimension.SEGMENT));
      assertThat(segments)
          .extracting(DimensionValue::name)
          .containsExactly(
              "Large enterprise",
              "Public sector",
              "Strategic alliance",
              "Channel partner",
              "SMB",
              "Consumer");
      List<DimensionValue> stages =
          workspace.read(tx -> tx.dimensions().of(Dimension.JOURNEY_STAGE));
      assertThat(stages).hasSize(8);
      WorkspaceCounts counts = workspace.read(tx -> tx.counts().counts("1"));
      assertThat(counts.observations()).isZero();
    }
  }

  @Test
  void reopeningKeepsWhatWasCommitted() {
    try (Workspace workspace = Workspace.create(folder.resolve("keep.mv.db"))) {
      workspace.write(tx -> tx.studies().insert(Study.titled("Churn interviews")));
    }
    try (Workspace reopened = Workspace.open(folder.resolve("keep"))) {
      assertThat(studies(reopened)).extracting(Study::title).containsExactly("Churn interviews");
      assertThat(reopened.migration().migrated()).isFalse();
    }
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    try (Workspace workspace = Workspace.create(folder.resolve("atomic"))) {
      assertThatThrownBy(
              () ->
                  workspace.update(
                      tx -> {
                        tx.studies().insert(Study.titled("Half"));
                        throw new IllegalStateException("stop half-way");
                      }))
          .isInstanceOf(IllegalStateException.class);
      assertThat(studies(workspace)).isEmpty();
    }
  }

  @Test
  void openingAMissingWorkspaceFailsAndCreatesNothing() {
    assertThatThrownBy(() -> Workspace.open(folder.resolve("missing")))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void creatingOverAnExistingWorkspaceIsRefused() {
    Workspace.create(folder.resolve("twice")).close();
    assertThatThrownBy(() -> Workspace.create(folder.resolve("twice.mv.db")))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedClearly() throws Exception {
    Path notes = folder.resolve("notes.mv.db");
    Files.writeString(
        notes, "These are my notes, not a database.\n".repeat(200), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Workspace.open(notes))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_A_WORKSPACE);
              assertThat(e.getMessage()).contains("notes.mv.db");
            });
    assertThat(Files.readString(notes)).startsWith("These are my notes");
  }

  @Test
  void anExistingWorkspaceIsBackedUpBeforeALaterMigrationAndKeepsItsRows() throws Exception {
    try (Workspace workspace = Workspace.create(folder.resolve("older"))) {
      workspace.write(tx -> tx.studies().insert(Study.titled("Kept across migrations")));
    }
    try (Workspace migrated =
        Workspace.open(
            folder.resolve("older"), Migrations.LOCATION, "classpath:db/test-later-migration")) {
      assertThat(migrated.migration().fromVersion()).isEqualTo("5");
      assertThat(migrated.migration().toVersion()).isEqualTo("900");
      Path backup = migrated.migration().backup();
      assertThat(backup).exists().hasParent(folder);
      assertThat(backup.getFileName().toString()).startsWith("older.before-migration-from-v5-");
      try (ZipFile zip = new ZipFile(backup.toFile())) {
        assertThat(zip.stream().map(e -> e.getName())).contains("older.mv.db");
      }
      assertThat(studies(migrated))
          .extracting(Study::title)
          .containsExactly("Kept across migrations");
    }
  }

  @Test
  void aWorkspaceFromANewerVersionIsRefused() {
    Workspace.create(folder.resolve("newer")).close();
    Workspace.open(
            folder.resolve("newer"), Migrations.LOCATION, "classpath:db/test-later-migration")
        .close();
    assertThatThrownBy(() -> Workspace.open(folder.resolve("newer")))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_NEW));
  }

  static List<Study> studies(Workspace workspace) {
    return workspace.read(tx -> tx.studies().all());
  }
}

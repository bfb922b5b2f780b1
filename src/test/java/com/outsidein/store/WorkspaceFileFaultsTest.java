package com.outsidein.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.Study;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace file that is not what it should be is never used as if it were. */
class WorkspaceFileFaultsTest {

  @TempDir Path folder;

  @AfterEach
  void roomOnTheDiskAgain() {
    FillingDisk.empty();
  }

  @Test
  void anEmptyFileIsRefusedAndLeftEmpty() throws IOException {
    Path empty = Files.createFile(folder.resolve("empty.mv.db"));

    assertThatThrownBy(() -> Workspace.open(folder.resolve("empty")))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_A_WORKSPACE);
              assertThat(e.getMessage()).contains(empty.toString()).contains("empty");
            });
    assertThat(Files.size(empty)).isZero();
    assertThat(filesIn(folder)).containsExactly(empty);
  }

  @Test
  void aFileThatIsNotAnH2DatabaseIsRefusedAndLeftAsItWas() throws IOException {
    Path text = Files.writeString(folder.resolve("notes.mv.db"), "Dear diary");

    assertThatThrownBy(() -> Workspace.open(text))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_WORKSPACE));
    assertThat(Files.readString(text)).isEqualTo("Dear diary");
  }

  @Test
  void aFolderIsNeitherOpenedNorCreatedAsAWorkspace() throws IOException {
    Path named = Files.createDirectory(folder.resolve("study.mv.db"));
    Path plain = Files.createDirectory(folder.resolve("plain"));

    for (Path path : List.of(named, folder.resolve("study"), plain, Path.of("/"))) {
      assertThatThrownBy(() -> Workspace.open(path))
          .as(path.toString())
          .isInstanceOfSatisfying(
              WorkspaceUnavailableException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.NOT_A_WORKSPACE);
                assertThat(e.getMessage()).contains("is a folder");
              });
      assertThatThrownBy(() -> Workspace.create(path))
          .as(path.toString())
          .isInstanceOfSatisfying(
              WorkspaceUnavailableException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_WORKSPACE));
    }
    assertThat(filesIn(folder)).containsExactlyInAnyOrder(named, plain);
  }

  @Test
  void aFileDamagedInTheMiddleIsReportedDamagedAndNothingIsWrittenIntoIt() throws IOException {
    Path file;
    try (Workspace workspace = Workspace.create(folder.resolve("damaged"))) {
      file = workspace.file();
      workspace.update(tx -> insertStudies(tx, 300));
    }
    damageTheMiddle(file);
    byte[] damaged = Files.readAllBytes(file);

    assertThatThrownBy(() -> Workspace.open(file))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
              assertThat(e.getMessage()).contains("damaged").contains("Restore a backup");
            });
    assertThat(Arrays.equals(Files.readAllBytes(file), damaged)).isTrue();
  }

  @Test
  void aReadOnlyWorkspaceIsReadAndAWriteSaysItIsReadOnly() {
    try (Workspace workspace = Workspace.create(folder.resolve("shared"))) {
      workspace.write(tx -> tx.studies().insert(Study.titled("Churn interviews")));
    }

    try (Workspace readOnly = Workspace.open(ReadOnlyDisk.disk(), folder.resolve("shared"), null)) {
      assertThat(titles(readOnly)).containsExactly("Churn interviews");
      assertThatThrownBy(() -> readOnly.write(tx -> tx.studies().insert(Study.titled("New"))))
          .isInstanceOfSatisfying(
              WorkspaceUnavailableException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
                assertThat(e.getMessage()).contains("read-only");
              });
    }
  }

  @Test
  void aFullDiskSaysSoAndNeverMakesTheGoodFileLookBad() throws IOException {
    try (Workspace workspace = Workspace.create(folder.resolve("full"))) {
      workspace.write(tx -> tx.studies().insert(Study.titled("Kept study")));
    }

    try (Workspace full =
        Workspace.open(FillingDisk.withRoom(64 * 1024), folder.resolve("full"), null)) {
      assertThatThrownBy(() -> full.update(tx -> insertStudies(tx, 300)))
          .isInstanceOfSatisfying(
              WorkspaceUnavailableException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.DISK_FULL);
                assertThat(e.getMessage()).contains("disk").contains("full");
              });
    } catch (WorkspaceUnavailableException closing) {
      assertThat(closing.reason()).isEqualTo(Reason.DISK_FULL);
    }

    try {
      Workspace.open(FillingDisk.withRoom(0), folder.resolve("full"), null).close();
    } catch (WorkspaceUnavailableException stillFull) {
      assertThat(stillFull.reason()).isEqualTo(Reason.DISK_FULL);
    }
    FillingDisk.empty();
    try (Workspace reopened = Workspace.open(folder.resolve("full"))) {
      assertThat(titles(reopened)).containsExactly("Kept study");
    }
  }

  @Test
  void noPermissionIsNamedAsSuch() {
    Path file = folder.resolve("locked.mv.db");

    WorkspaceUnavailableException e =
        WorkspaceFiles.unusable(file, new AccessDeniedException(file.toString()));

    assertThat(e.reason()).isEqualTo(Reason.NO_PERMISSION);
    assertThat(e.getMessage()).contains(file.toString()).contains("no permission");
  }

  @Test
  void aFailedStatementLeavesNoTraceFileBesideTheWorkspace() throws IOException {
    try (Workspace workspace = Workspace.create(folder.resolve("traced"))) {
      assertThatThrownBy(
              () ->
                  workspace.update(
                      tx -> tx.ctx().execute("INSERT INTO study (title) VALUES (NULL)")))
          .isInstanceOf(RuntimeException.class);
    }

    assertThat(filesIn(folder)).containsExactly(folder.resolve("traced.mv.db"));
  }

  private static List<String> titles(Workspace workspace) {
    return workspace.read(tx -> tx.studies().all()).stream().map(Study::title).toList();
  }

  /** Studies with long research questions, some megabytes in all. */
  private static void insertStudies(Tx tx, int count) {
    String questions = "Why do customers leave after the first renewal? ".repeat(400);
    for (int i = 0; i < count; i++) {
      tx.ctx()
          .execute(
              "INSERT INTO study (title, research_questions) VALUES (?, ?)",
              "Study " + i,
              questions + i);
    }
  }

  private static void damageTheMiddle(Path file) throws IOException {
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] noise = new byte[8192];
      Arrays.fill(noise, (byte) 0xAB);
      for (long at = raw.length() / 3; at < raw.length() * 2 / 3; at += 4 * noise.length) {
        raw.seek(at);
        raw.write(noise);
      }
    }
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}

package com.outsidein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.service.WorkspaceSession;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @TempDir Path folder;

  private Path csv(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void importCreatesTheWorkspaceAndStudyAndPrintsWhatIsNew() throws Exception {
    Path input =
        csv(
            "obs.csv",
            "interview,participant,account,segment,observation,codes,extra\n"
                + "Visit,Ana,Acme,Hobbyist,Waits for IT,Setup/Waiting,x\n"
                + "Visit,Ana,Acme,Hobbyist,Calls support,,y\n");
    Path workspace = folder.resolve("new-ws");

    CliRun run =
        CliRun.of(
            "import", "--workspace", workspace.toString(), "--study", "Churn", input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Imported 2 observations from obs.csv into the study \"Churn\" (new).")
        .contains("New people: 1 (Ana)")
        .contains("New accounts: 1 (Acme)")
        .contains("New codes: 2 (Setup, Setup/Waiting)")
        .contains("New dimension values: 1 (segment: Hobbyist)");
    assertThat(run.err()).contains("warning").contains("\"extra\"");
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      assertThat(session.counts().observations()).isEqualTo(2);
    }
  }

  @Test
  void aBadFileExitsOneWithOneLinePerProblemAndCreatesNoWorkspace() throws Exception {
    Path input = csv("bad.csv", "observation,sentiment\nFine,7\n,1\n");
    Path workspace = folder.resolve("never");

    CliRun run =
        CliRun.of(
            "import", "--workspace", workspace.toString(), "--study", "Churn", input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().lines())
        .containsExactly(
            "outsidein: bad.csv, row 2, column sentiment: 7 is outside -2..2",
            "outsidein: bad.csv, row 3, column observation: must not be blank");
    assertThat(folder.resolve("never.mv.db")).doesNotExist();
  }

  @Test
  void theSameFileAgainIsRefusedUnlessAgainIsGiven() throws Exception {
    Path input = csv("twice.csv", "observation\nOnce\n");
    Path workspace = folder.resolve("ws");
    String[] args = {
      "import", "--workspace", workspace.toString(), "--study", "S", input.toString()
    };
    assertThat(CliRun.of(args).exitCode()).isZero();

    CliRun refused = CliRun.of(args);
    CliRun again =
        CliRun.of(
            "import",
            "--workspace",
            workspace.toString(),
            "--study",
            "S",
            "--again",
            input.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(refused.err()).contains("imported before").contains("--again");
    assertThat(again.exitCode()).isZero();
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      assertThat(session.counts().observations()).isEqualTo(2);
    }
  }

  @Test
  void withoutAStudyItIsAUsageError() throws Exception {
    Path input = csv("x.csv", "observation\nOnce\n");

    CliRun run =
        CliRun.of("import", "--workspace", folder.resolve("w").toString(), input.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void importPeopleCreatesAndUpdatesPeople() throws Exception {
    Path input = csv("people.csv", "name,email,account\nAna,ana@x.org,Acme\nBo,,Acme\n");
    Path workspace = folder.resolve("people-ws");

    CliRun run = CliRun.of("import-people", "--workspace", workspace.toString(), input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Imported 2 people from people.csv: 2 new people, 1 new accounts.");
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      assertThat(session.counts().people()).isEqualTo(2);
    }
  }

  @Test
  void aQdpxWithoutAProjectFileIsRefusedWithExitOneAndNoWorkspaceIsMade() throws Exception {
    Path file = folder.resolve("none.qdpx");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("sources/a.txt"));
      zip.write("text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path workspace = folder.resolve("w");

    CliRun run =
        CliRun.of("import", "--workspace", workspace.toString(), "--study", "S", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("outsidein: none.qdpx: holds no project file (project.qde)");
    assertThat(WorkspaceSession.fileOf(workspace)).doesNotExist();
  }

  @Test
  void aQdcImportsIntoTheCodebookWithoutAStudy() throws Exception {
    Path qdc =
        Files.writeString(
            folder.resolve("codes.qdc"),
            "<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"Price\""
                + " isCodable=\"true\"/></Codes></CodeBook>");
    Path workspace = folder.resolve("w");

    CliRun run = CliRun.of("import", "--workspace", workspace.toString(), qdc.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 new codes");
    try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
      assertThat(session.counts().codes()).isEqualTo(1);
    }
  }

  @Test
  void aCsvWithoutAStudyIsAUsageError() throws Exception {
    Path csv = Files.writeString(folder.resolve("o.csv"), "observation\nHello\n");

    CliRun run = CliRun.of("import", "--workspace", folder.resolve("w").toString(), csv.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--study");
  }
}

package com.outsidein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir static Path shared;
  @TempDir Path folder;
  private static Path sample;

  @BeforeAll
  static void buildSample() {
    sample = shared.resolve("sample");
    assertThat(CliRun.of("sample", "--workspace", sample.toString()).exitCode()).isZero();
  }

  @Test
  void exportsOneStudyAndSaysWhatItWrote() throws Exception {
    Path report = folder.resolve("onboarding.xlsx");

    CliRun run =
        CliRun.of(
            "export",
            "--workspace",
            sample.toString(),
            "--study",
            "onboarding experience",
            "--out",
            report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Wrote ").contains("onboarding.xlsx").contains("observations");
    try (InputStream in = Files.newInputStream(report);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
      assertThat(workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("OutsideIn report: Onboarding experience");
    }
  }

  @Test
  void aQdpxOutputWritesAREFIQDAProjectOfTheStudy() throws Exception {
    Path project = folder.resolve("onboarding.qdpx");

    CliRun run =
        CliRun.of(
            "export",
            "--workspace",
            sample.toString(),
            "--study",
            "onboarding experience",
            "--out",
            project.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Wrote ").contains("onboarding.qdpx").contains("selections");
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(project.toFile())) {
      assertThat(zip.getEntry("project.qde")).isNotNull();
      String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes());
      assertThat(qde).contains("name=\"Onboarding experience\"").contains("<TextSource");
    }
  }

  @Test
  void aQdcOutputWritesTheCodebook() throws Exception {
    Path codebook = folder.resolve("codes.qdc");

    CliRun run =
        CliRun.of("export", "--workspace", sample.toString(), "--out", codebook.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("codes.qdc").contains(infoCount("codes") + " codes");
    assertThat(Files.readString(codebook)).contains("urn:QDA-XML:codebook:1.0");
  }

  @Test
  void anOutputOfAnotherKindIsRefusedNamingTheKindsThereAre() {
    CliRun run =
        CliRun.of(
            "export",
            "--workspace",
            sample.toString(),
            "--out",
            folder.resolve("x.pdf").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(".xlsx").contains(".qdpx").contains(".qdc");
  }

  @Test
  void withoutAStudyItCoversEveryObservation() throws Exception {
    Path report = folder.resolve("all.xlsx");

    CliRun run = CliRun.of("export", "--workspace", sample + ".mv.db", "--out", report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    int observations = infoCount("observations");
    try (InputStream in = Files.newInputStream(report);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getSheet("Observations").getLastRowNum()).isEqualTo(observations);
      assertThat(workbook.getSheet("Interviews").getLastRowNum())
          .isEqualTo(infoCount("interviews"));
    }
  }

  @Test
  void aMissingWorkspaceExitsThreeAndCreatesNothing() {
    CliRun run =
        CliRun.of(
            "export",
            "--workspace",
            folder.resolve("nothing-here").toString(),
            "--out",
            folder.resolve("report.xlsx").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.WORKSPACE_UNAVAILABLE);
    assertThat(run.err()).contains("There is no workspace at").doesNotContain("Exception");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void anUnknownStudyExitsOneNamingIt() {
    CliRun run =
        CliRun.of(
            "export",
            "--workspace",
            sample.toString(),
            "--study",
            "No such study",
            "--out",
            folder.resolve("report.xlsx").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err().lines().toList())
        .singleElement()
        .asString()
        .contains("there is no study called \"No such study\"");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aMissingOutputFolderExitsOneNamingTheFile() {
    Path report = folder.resolve("missing").resolve("report.xlsx");

    CliRun run = CliRun.of("export", "--workspace", sample.toString(), "--out", report.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(report.toString()).contains("does not exist");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aFolderAsOutputExitsOne() throws Exception {
    Path report = Files.createDirectory(folder.resolve("taken.xlsx"));

    CliRun run = CliRun.of("export", "--workspace", sample.toString(), "--out", report.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("is a folder");
  }

  @Test
  void anOutputThatIsNotXlsxExitsOne() {
    CliRun run =
        CliRun.of(
            "export",
            "--workspace",
            sample.toString(),
            "--out",
            folder.resolve("r.csv").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(".xlsx");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void withoutOutItIsAUsageError() {
    CliRun run = CliRun.of("export", "--workspace", sample.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--out");
  }

  @Test
  void helpListsTheExportCommand() {
    assertThat(CliRun.of("--help").out()).contains("export");
  }

  private static int infoCount(String name) {
    CliRun info = CliRun.of("info", "--workspace", sample.toString());
    List<String> lines = new ArrayList<>(info.out().lines().toList());
    return Stream.of(lines.toArray(String[]::new))
        .filter(l -> l.startsWith(name + " "))
        .map(l -> Integer.parseInt(l.substring(name.length()).trim()))
        .findFirst()
        .orElseThrow();
  }
}

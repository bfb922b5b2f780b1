package com.outsidein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outsidein.store.LatestSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path folder;

  @Test
  void infoOnAMissingWorkspaceExitsThreeAndCreatesNothing() {
    CliRun run = CliRun.of("info", "--workspace", folder.resolve("nothing-here").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.WORKSPACE_UNAVAILABLE);
    assertThat(run.err()).contains("There is no workspace at").doesNotContain("Exception");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void infoJsonOnTheSamplePrintsEveryCount() throws Exception {
    Path workspace = folder.resolve("sample");
    assertThat(CliRun.of("sample", "--workspace", workspace.toString()).exitCode()).isZero();

    CliRun run = CliRun.of("info", "--workspace", workspace + ".mv.db", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "studies",
            "accounts",
            "people",
            "interviews",
            "observations",
            "codes",
            "insights",
            "canvases",
            "canvasEntries",
            "schemaVersion");
    assertThat(json.get("studies").asInt()).isEqualTo(2);
    assertThat(json.get("accounts").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(json.get("people").asInt()).isGreaterThanOrEqualTo(8);
    assertThat(json.get("interviews").asInt()).isGreaterThanOrEqualTo(10);
    assertThat(json.get("observations").asInt()).isGreaterThanOrEqualTo(60);
    assertThat(json.get("codes").asInt()).isGreaterThanOrEqualTo(15);
    assertThat(json.get("insights").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(json.get("canvases").asInt()).isEqualTo(1);
    assertThat(json.get("canvasEntries").asInt()).isGreaterThanOrEqualTo(21);
    assertThat(json.get("schemaVersion").asInt()).isEqualTo(LatestSchema.version());
  }

  @Test
  void infoWithoutJsonPrintsOneLinePerCount() {
    Path workspace = folder.resolve("plain");
    CliRun.of("sample", "--workspace", workspace.toString());

    CliRun run = CliRun.of("info", "--workspace", workspace.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("studies\\s+2")
        .containsPattern("schemaVersion\\s+" + LatestSchema.version());
  }

  @Test
  void sampleRefusesAPathThatHoldsAWorkspace() throws Exception {
    Path workspace = folder.resolve("taken");
    assertThat(CliRun.of("sample", "--workspace", workspace.toString()).exitCode()).isZero();
    long before = Files.size(folder.resolve("taken.mv.db"));

    CliRun again = CliRun.of("sample", "--workspace", workspace + ".mv.db");

    assertThat(again.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(again.err()).contains("already exists");
    assertThat(Files.size(folder.resolve("taken.mv.db"))).isEqualTo(before);
  }

  @Test
  void versionAndHelpSucceed() {
    CliRun version = CliRun.of("--version");
    CliRun help = CliRun.of("--help");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("OutsideIn ");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("sample").contains("info");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.of("info", "--workspace", "any", "--frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--frobnicate");
  }

  @Test
  void noArgumentsOpensTheApp() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isZero();
    assertThat(run.launched()).containsExactly((Path) null);
  }

  @Test
  void aWorkspaceAloneOpensTheAppOnIt() {
    CliRun run = CliRun.of("--workspace", "research.mv.db");

    assertThat(run.launched()).containsExactly(Path.of("research.mv.db"));
  }
}

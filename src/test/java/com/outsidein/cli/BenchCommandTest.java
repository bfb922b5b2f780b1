package com.outsidein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A small bench run in a child JVM with the 200 MB heap; the full size is the command's default.
 */
class BenchCommandTest {

  @Test
  void benchJsonReportsEveryFigureFromARealRun() throws Exception {
    CliRun run = CliRun.of("bench", "--observations", "400", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String last = run.out().strip().lines().reduce((a, b) -> b).orElse("");
    JsonNode json = new ObjectMapper().readTree(last);
    assertThat(json.fieldNames())
        .toIterable()
        .containsSubsequence(
            "observations",
            "importRowsPerSec",
            "csvreadRowsPerSec",
            "firstExportRowsPerSec",
            "exportRowsPerSec",
            "searchP50Ms",
            "searchP95Ms",
            "indexBuildMs",
            "openMs",
            "peakHeapMb",
            "maxHeapMb",
            "fileGrowthAfterEdits",
            "fileMbPer1000Observations",
            "backupMs",
            "importVsCsvread");
    assertThat(json.get("observations").asInt()).isEqualTo(400);
    assertThat(json.get("importRowsPerSec").asDouble()).isPositive();
    assertThat(json.get("csvreadRowsPerSec").asDouble()).isPositive();
    assertThat(json.get("firstExportRowsPerSec").asDouble()).isPositive();
    assertThat(json.get("exportRowsPerSec").asDouble()).isPositive();
    assertThat(json.get("searchP95Ms").asDouble())
        .isGreaterThanOrEqualTo(json.get("searchP50Ms").asDouble());
    assertThat(json.get("indexBuildMs").asLong()).isNotNegative();
    assertThat(json.get("peakHeapMb").asInt()).isBetween(1, BenchCommand.HEAP_MB);
    assertThat(json.get("maxHeapMb").asInt())
        .isBetween(BenchCommand.HEAP_MB - 10, BenchCommand.HEAP_MB);
    assertThat(json.get("fileGrowthAfterEdits").asDouble()).isPositive();
    assertThat(json.get("fileMbPer1000Observations").asDouble()).isPositive();
    assertThat(json.get("backupMs").asLong()).isNotNegative();
    assertThat(json.get("importVsCsvread").asDouble())
        .isCloseTo(
            json.get("importRowsPerSec").asDouble() / json.get("csvreadRowsPerSec").asDouble(),
            org.assertj.core.data.Offset.offset(0.01));
    // The peer and its ratio come together, or not at all (no Python with xlsxwriter).
    assertThat(json.has("firstExportVsXlsxwriter")).isEqualTo(json.has("peerXlsxwriterRowsPerSec"));
    if (!json.has("peerXlsxwriterRowsPerSec")) {
      assertThat(run.err()).contains("Skipping the xlsxwriter peer");
    }
  }

  @Test
  void tooFewObservationsIsAUsageError() {
    CliRun run = CliRun.of("bench", "--observations", "3");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("at least 20");
  }
}

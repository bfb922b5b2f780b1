package com.outsidein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.outsidein.service.NoQuoteWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir Path folder;

  @Test
  void searchJsonCountsByKindAndShowsHitsInContext() throws Exception {
    Path workspace = folder.resolve("sample");
    assertThat(CliRun.of("sample", "--workspace", workspace.toString()).exitCode()).isZero();
    CliRun text = CliRun.of("search", "--workspace", workspace.toString(), "setup");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("«");

    CliRun run = CliRun.of("search", "--workspace", workspace.toString(), "--json", "setup");

    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("query").asText()).isEqualTo("setup");
    assertThat(json.get("total").asInt()).isPositive();
    assertThat(json.get("counts").fieldNames())
        .toIterable()
        .containsExactly("observation", "quote", "insight", "notes", "transcript");
    JsonNode first = json.get("hits").get(0);
    String snippet = first.get("snippet").asText();
    JsonNode mark = first.get("marks").get(0);
    assertThat(snippet.substring(mark.get(0).asInt(), mark.get(1).asInt()).toLowerCase())
        .startsWith("setup");
  }

  @Test
  void wordsOfASpeakerWithoutQuoteConsentStayVisibleWithTheirMark() throws Exception {
    Path workspace = folder.resolve("consent");
    NoQuoteWorkspace.build(workspace).session.close();

    CliRun text = CliRun.of("search", "--workspace", workspace.toString(), "weekends");
    CliRun json = CliRun.of("search", "--workspace", workspace.toString(), "--json", "weekends");
    CliRun paraphrase = CliRun.of("search", "--workspace", workspace.toString(), "slow");

    assertThat(text.out())
        .contains("took two «weekends» to get going" + SearchCommand.NO_QUOTE_CONSENT);
    JsonNode hit = new ObjectMapper().readTree(json.out()).get("hits").get(0);
    assertThat(hit.get("quoteWithheld").asBoolean()).isTrue();
    assertThat(paraphrase.out()).contains("«slow»").doesNotContain(SearchCommand.NO_QUOTE_CONSENT);
  }

  @Test
  void searchOnAMissingWorkspaceExitsThreeAndCreatesNothing() {
    CliRun run = CliRun.of("search", "--workspace", folder.resolve("none").toString(), "word");
    assertThat(run.exitCode()).isEqualTo(ExitCode.WORKSPACE_UNAVAILABLE);
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void searchWithoutAQueryIsAUsageError() {
    CliRun run = CliRun.of("search", "--workspace", folder.resolve("none").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}

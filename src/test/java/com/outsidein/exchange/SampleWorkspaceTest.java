package com.outsidein.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.AccountSummary;
import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Facet;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.PersonSummary;
import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkspaceTest {

  @TempDir Path folder;
  private WorkspaceSession sample;

  @BeforeEach
  void buildSample() {
    sample = SampleWorkspace.build(folder.resolve("sample"));
  }

  @AfterEach
  void close() {
    sample.close();
  }

  @Test
  void isMarkedAsTheSample() {
    assertThat(sample.isSample()).isTrue();
  }

  @Test
  void hasAccountsSpreadOverSegmentsLanesAndTouchModels() {
    List<AccountSummary> accounts = sample.people().accountSummaries();
    assertThat(accounts).hasSizeGreaterThanOrEqualTo(4);
    assertThat(accounts.stream().map(AccountSummary::segment).distinct())
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(accounts.stream().map(AccountSummary::lane).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("Fast", "Accelerating", "Slow");
    assertThat(accounts.stream().map(AccountSummary::touchModel).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("High touch", "Low touch", "Long tail");
  }

  @Test
  void hasPeopleWithConsentAndSomeoneWhoWillNotBeQuoted() {
    List<PersonSummary> people = sample.people().summaries();
    assertThat(people).hasSizeGreaterThanOrEqualTo(8);
    assertThat(people).allSatisfy(p -> assertThat(p.person().consent().givenOn()).isNotNull());
    assertThat(people).anySatisfy(p -> assertThat(p.person().consent().allowsQuotes()).isFalse());
  }

  @Test
  void hasInterviewsWithSeveralParagraphsOfNotes() {
    assertThat(sample.interviews().summaries(null)).hasSizeGreaterThanOrEqualTo(10);
    sample
        .interviews()
        .summaries(null)
        .forEach(
            summary -> {
              String notes = sample.interviews().get(summary.id()).orElseThrow().notes();
              assertThat(notes.split("\n\\s*\n"))
                  .as(summary.title())
                  .hasSizeGreaterThanOrEqualTo(3);
            });
  }

  @Test
  void hasCodedObservationsOfEveryKindOnTheJourney() {
    List<ObservationRow> rows = sample.observations().rows(ObservationFilter.ALL, 0, 1000);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
    assertThat(rows.stream().map(r -> r.observation().kind()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ObservationKind.values());
    assertThat(rows).allSatisfy(r -> assertThat(r.codePaths()).isNotEmpty());
    assertThat(rows).allSatisfy(r -> assertThat(r.journeyStage()).isNotNull());
    assertThat(rows.stream().filter(r -> r.observation().highlight() != null)).isNotEmpty();
  }

  @Test
  void showsAQuoteWithheldForLackOfConsent() {
    List<ObservationRow> rows = sample.observations().rows(ObservationFilter.ALL, 0, 1000);
    assertThat(rows).anySatisfy(r -> assertThat(r.quoteWithheld()).isTrue());
  }

  @Test
  void hasACodebookOfThreeLevels() {
    CodeTree tree = sample.codebook().tree();
    assertThat(tree.depthFirst()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(tree.depthFirst().stream().mapToInt(c -> tree.depthOf(c.id())).max().orElse(0))
        .isEqualTo(2);
  }

  @Test
  void hasInsightsWithEvidenceAcrossFacets() {
    List<InsightSummary> insights = sample.insights().summaries();
    assertThat(insights).hasSizeGreaterThanOrEqualTo(5);
    assertThat(insights).allSatisfy(i -> assertThat(i.evidence()).isPositive());
    Set<Facet> facets = insights.stream().map(i -> i.insight().facet()).collect(Collectors.toSet());
    assertThat(facets).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void hasACanvasWithEveryPromptAnsweredAndCitingEvidence() {
    List<CanvasSummary> canvases = sample.canvases().summaries();
    assertThat(canvases).hasSize(1);
    CanvasSummary canvas = canvases.get(0);
    assertThat(canvas.prompts()).isEqualTo(21);
    assertThat(canvas.promptsAnswered()).isEqualTo(21);
    assertThat(canvas.entriesSupported()).isGreaterThan(canvas.entries() / 2);
  }
}

package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.Quotes;
import com.outsidein.domain.ReportCanvas;
import com.outsidein.domain.ReportCode;
import com.outsidein.domain.ReportCounts;
import com.outsidein.domain.ReportInsight;
import com.outsidein.domain.ReportInterview;
import com.outsidein.domain.ReportObservation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

  @TempDir static Path folder;
  private static KnownWorkspace w;
  private static ReportService reports;
  private static ExecutorService readAhead;

  @BeforeAll
  static void build() {
    w = KnownWorkspace.build(folder.resolve("known"));
    reports = w.session.reports();
    readAhead = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void close() {
    readAhead.shutdown();
    w.session.close();
  }

  @Test
  void countsWhatAStudyCovers() {
    assertThat(reports.counts(w.fleet)).isEqualTo(new ReportCounts(2, 7, 3, 2, 2, 2, 1, 3));
  }

  @Test
  void countsWhatEveryStudyCovers() {
    assertThat(reports.counts(null)).isEqualTo(new ReportCounts(3, 8, 3, 2, 2, 3, 2, 3));
  }

  @Test
  void studiesAreTheOneAskedForOrAll() {
    assertThat(reports.studies(w.fleet))
        .extracting(s -> s.study().title())
        .containsExactly(KnownWorkspace.FLEET);
    assertThat(reports.studies(null)).hasSize(2);
  }

  @Test
  void interviewsComeOldestFirstWithParticipantsAccountsAndSegments() {
    List<ReportInterview> interviews = reports.interviews(w.fleet);

    assertThat(interviews)
        .extracting(ReportInterview::title)
        .containsExactly("Acme visit", "Council call");
    ReportInterview call = interviews.get(1);
    assertThat(call.heldOn()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(call.participants()).isEqualTo("Bob Baker, Cy Cole");
    assertThat(call.accounts()).isEqualTo("Council");
    assertThat(call.segments()).isEqualTo("Public sector");
    assertThat(call.channel()).isEqualTo("Phone");
    assertThat(call.journeyStage()).isEqualTo("Adopt");
    assertThat(call.interviewer()).isEqualTo("Rita Researcher");
    assertThat(call.observations()).isEqualTo(3);
  }

  @Test
  void observationsComeInPagesInIdOrder() {
    List<Integer> sizes = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    reports.forEachObservationPage(
        w.fleet,
        2,
        readAhead,
        page -> {
          sizes.add(page.size());
          page.forEach(o -> ids.add(o.id()));
        });

    assertThat(sizes).containsExactly(2, 2, 2, 1);
    assertThat(ids)
        .containsExactly(
            w.observations[1],
            w.observations[2],
            w.observations[3],
            w.observations[4],
            w.observations[5],
            w.observations[6],
            w.observations[7]);
  }

  @Test
  void anObservationCarriesEveryImportColumnAndItsConsent() {
    List<ReportObservation> all = new ArrayList<>();
    reports.forEachObservationPage(null, readAhead, all::addAll);

    ReportObservation rekeys = find(all, w.observations[3]);
    assertThat(rekeys.interview()).isEqualTo("Council call");
    assertThat(rekeys.interviewDate()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(rekeys.interviewer()).isEqualTo("Rita Researcher");
    assertThat(rekeys.channel()).isEqualTo("Phone");
    assertThat(rekeys.participant()).isEqualTo("Bob Baker");
    assertThat(rekeys.participantEmail()).isEqualTo("bob@council.example");
    assertThat(rekeys.role()).isEqualTo("Manager");
    assertThat(rekeys.account()).isEqualTo("Council");
    assertThat(rekeys.segment()).isEqualTo("Public sector");
    assertThat(rekeys.journeyStage()).isEqualTo("Adopt");
    assertThat(rekeys.touchpoint()).isEqualTo("Setup");
    assertThat(rekeys.function()).isEqualTo("Services");
    assertThat(rekeys.kind()).isEqualTo(ObservationKind.DOES);
    assertThat(rekeys.sentiment()).isEqualTo(-1);
    assertThat(rekeys.codePaths()).containsExactly("Pain/Setup");
    assertThat(rekeys.exportedQuote()).isEqualTo(Quotes.WITHHELD);

    assertThat(find(all, w.observations[5]).codePaths()).containsExactly("Joy", "Pain/Setup");
    assertThat(find(all, w.observations[5]).exportedQuote()).isEqualTo(KnownWorkspace.MINUS_QUOTE);
    assertThat(find(all, w.observations[6]).quoteWithheld()).isTrue();
    ReportObservation note = find(all, w.observations[7]);
    assertThat(note.interview()).isNull();
    assertThat(note.participant()).isNull();
    assertThat(note.quoteAllowed()).isTrue();
    assertThat(all).hasSize(8);
  }

  @Test
  void codesCountDirectlyAndWithinTheirSubtree() {
    List<ReportCode> codes = reports.codes(w.fleet);

    assertThat(codes).extracting(ReportCode::path).containsExactly("Pain", "Pain/Setup", "Joy");
    assertThat(codes).extracting(ReportCode::depth).containsExactly(0, 1, 0);
    assertThat(codes).extracting(ReportCode::observations).containsExactly(0, 6, 2);
    assertThat(codes).extracting(ReportCode::observationsWithin).containsExactly(6, 6, 2);
  }

  @Test
  void insightsOfTheStudyAndOfNoStudyCitingItComeWithTheirEvidenceInOrder() {
    List<ReportInsight> insights = reports.insights(w.fleet);

    assertThat(insights)
        .extracting(i -> i.insight().title())
        .containsExactly("Setup is the pain", "Teams drift back to paper");
    assertThat(insights.get(0).evidence())
        .extracting(EvidenceItem::observationId)
        .containsExactly(w.observations[1], w.observations[3], w.observations[5]);
    assertThat(insights.get(0).evidence().get(1).exportedQuote()).isEqualTo(Quotes.WITHHELD);
    assertThat(insights.get(0).summary().evidence()).isEqualTo(3);
  }

  @Test
  void canvasesOfTheStudyAndOverEveryStudyAreLaidOutPromptByPrompt() {
    List<ReportCanvas> canvases = reports.canvases(w.fleet);

    assertThat(canvases)
        .extracting(c -> c.canvas().title())
        .containsExactly("Plan: 2026/27 [draft]");
    ReportCanvas canvas = canvases.get(0);
    assertThat(canvas.scope()).isNull();
    assertThat(canvas.owner()).isEqualTo("Rita Researcher");
    assertThat(canvas.entries()).hasSize(21);
    ReportCanvas.Entry think = canvas.entries().get(0);
    assertThat(think.prompt().section()).isEqualTo(CanvasSection.THINK);
    assertThat(think.entry().answer()).isEqualTo("They like the board");
    assertThat(think.citations()).hasSize(2);
    assertThat(think.citations().get(0).target()).isEqualTo(CitationTarget.insight(w.setupInsight));
    assertThat(think.citations().get(0).insightTitle()).isEqualTo("Setup is the pain");
    assertThat(think.citations().get(1).observation().exportedQuote()).isEqualTo(Quotes.WITHHELD);
    assertThat(canvas.entries())
        .filteredOn(e -> e.entry() != null && e.prompt().section() == CanvasSection.DO)
        .singleElement()
        .satisfies(e -> assertThat(e.owner()).isEqualTo("Rita Researcher"));
    assertThat(canvas.manifesto()).extracting(m -> m.text()).containsExactly("Be simple");
    assertThat(reports.canvases(null)).hasSize(2);
  }

  @Test
  void peopleOfAStudyAreThoseInItsInterviewsOrObservationsCountedThere() {
    List<PersonSummary> fleet = reports.people(w.fleet);
    List<PersonSummary> other = reports.people(w.other);

    assertThat(fleet)
        .extracting(p -> p.person().name())
        .containsExactly("Ann Archer", "Bob Baker", "Cy Cole");
    assertThat(fleet).extracting(PersonSummary::interviews).containsExactly(1, 1, 1);
    assertThat(fleet).extracting(PersonSummary::observations).containsExactly(3, 2, 1);
    assertThat(other).extracting(p -> p.person().name()).containsExactly("Bob Baker");
    assertThat(other.get(0).observations()).isEqualTo(1);
  }

  private static ReportObservation find(List<ReportObservation> all, long id) {
    return all.stream().filter(o -> o.id() == id).findFirst().orElseThrow();
  }
}

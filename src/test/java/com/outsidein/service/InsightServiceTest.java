package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.BadInputException;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.ObservationKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Insights and their evidence on a real workspace file with known numbers. */
class InsightServiceTest {

  @TempDir Path folder;
  private KnownWorkspace w;
  private InsightService insights;

  @BeforeEach
  void build() {
    w = KnownWorkspace.build(folder.resolve("known"));
    insights = w.session.insights();
  }

  @AfterEach
  void close() {
    w.session.close();
  }

  private InsightSummary summary(long insightId) {
    return insights.summaries().stream().filter(s -> s.id() == insightId).findFirst().orElseThrow();
  }

  private List<Long> evidenceIds(long insightId) {
    return insights.evidence(insightId).stream().map(AttributedObservation::id).toList();
  }

  private static Insight draft(String title, Facet facet) {
    return new Insight(
        0,
        null,
        title,
        "",
        facet,
        KnowledgeStage.MYSTERY,
        Level.LOW,
        Level.MEDIUM,
        InsightStatus.DRAFT);
  }

  @Test
  void anInsightFromTwoObservationsCountsTheirPeopleAndAccountsAndUndoTakesItBack() {
    Insight created =
        insights.create(
            draft("Paper wins at the kerb", Facet.JOBS),
            List.of(w.observations[1], w.observations[3]));

    InsightSummary summary = summary(created.id());
    assertThat(summary.evidence()).isEqualTo(2);
    assertThat(summary.people()).isEqualTo(2);
    assertThat(summary.accounts()).isEqualTo(2);
    assertThat(w.session.history().undoDescription()).contains("Add insight");

    w.session.history().undo();
    assertThat(insights.get(created.id())).isEmpty();

    w.session.history().redo();
    assertThat(evidenceIds(created.id())).containsExactly(w.observations[1], w.observations[3]);
  }

  @Test
  void aTitleIsRequired() {
    assertThatThrownBy(() -> insights.create(draft("  ", Facet.JOBS), List.of()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("Title");
  }

  @Test
  void editingFacetStageAndStatusIsUndoable() {
    Insight before = insights.get(w.setupInsight).orElseThrow();
    Insight after =
        new Insight(
            before.id(),
            before.studyId(),
            "Setup is the pain, twice over",
            "New statement",
            Facet.INNOVATIONS,
            KnowledgeStage.ALGORITHM,
            Level.HIGH,
            Level.LOW,
            InsightStatus.VALIDATED);

    insights.update(after);
    assertThat(insights.get(w.setupInsight)).contains(after);

    w.session.history().undo();
    assertThat(insights.get(w.setupInsight)).contains(before);
  }

  @Test
  void addingEvidenceSkipsWhatItHasAndUndoRemovesOnlyWhatWasAdded() {
    insights.addEvidence(w.setupInsight, List.of(w.observations[3], w.observations[4]));

    assertThat(evidenceIds(w.setupInsight))
        .containsExactly(
            w.observations[1], w.observations[3], w.observations[5], w.observations[4]);
    assertThat(summary(w.setupInsight).evidence()).isEqualTo(4);

    w.session.history().undo();
    assertThat(evidenceIds(w.setupInsight))
        .containsExactly(w.observations[1], w.observations[3], w.observations[5]);
  }

  @Test
  void removingEvidenceKeepsTheObservationAndUndoPutsItBackInItsPlace() {
    insights.removeEvidence(w.setupInsight, List.of(w.observations[3]));

    assertThat(evidenceIds(w.setupInsight)).containsExactly(w.observations[1], w.observations[5]);
    assertThat(w.session.observations().get(w.observations[3])).isPresent();

    w.session.history().undo();
    assertThat(evidenceIds(w.setupInsight))
        .containsExactly(w.observations[1], w.observations[3], w.observations[5]);
  }

  @Test
  void evidenceNamesPersonAccountSegmentDateAndKind() {
    List<AttributedObservation> evidence = insights.evidence(w.setupInsight);

    AttributedObservation bobs = evidence.get(1);
    assertThat(bobs.speaker()).isEqualTo("Bob Baker");
    assertThat(bobs.account()).isEqualTo("Council");
    assertThat(bobs.segment()).isEqualTo("Public sector");
    assertThat(bobs.interview()).isEqualTo("Council call");
    assertThat(bobs.heldOn()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(bobs.observation().kind()).isEqualTo(ObservationKind.DOES);
    assertThat(bobs.quoteWithheld()).isTrue();
    assertThat(evidence.get(0).speaker()).isEqualTo("Ann Archer");
    assertThat(evidence.get(0).segment()).isEqualTo("SMB");
    assertThat(evidence.get(0).quoteWithheld()).isFalse();
  }

  @Test
  void evidenceSurvivesMergingTheCodesOfItsObservations() {
    w.session.codebook().merge(w.setup, w.joy);

    assertThat(evidenceIds(w.setupInsight))
        .containsExactly(w.observations[1], w.observations[3], w.observations[5]);
    assertThat(summary(w.setupInsight).evidence()).isEqualTo(3);
  }

  @Test
  void deletingAnObservationTakesItOutOfTheEvidenceAndUndoBringsItBack() {
    w.session.observations().delete(List.of(w.observations[3]));

    assertThat(evidenceIds(w.setupInsight)).containsExactly(w.observations[1], w.observations[5]);
    assertThat(summary(w.setupInsight).people()).isEqualTo(1);

    w.session.history().undo();
    assertThat(evidenceIds(w.setupInsight))
        .containsExactly(w.observations[1], w.observations[3], w.observations[5]);
    assertThat(summary(w.setupInsight).people()).isEqualTo(2);
  }

  @Test
  void deletingAnInsightCanBeUndoneWithItsEvidenceAndCitations() {
    insights.delete(w.setupInsight);

    assertThat(insights.get(w.setupInsight)).isEmpty();
    assertThat(w.session.observations().get(w.observations[1])).isPresent();

    w.session.history().undo();
    assertThat(evidenceIds(w.setupInsight))
        .containsExactly(w.observations[1], w.observations[3], w.observations[5]);
    assertThat(
            w.session.canvases().content(w.planCanvas).prompts().stream()
                .flatMap(p -> p.entries().stream())
                .flatMap(e -> e.citations().stream())
                .map(c -> c.target()))
        .contains(CitationTarget.insight(w.setupInsight));
  }

  @Test
  void anInsightOnOnePersonIsWeakerThanOneOnTwo() {
    InsightSummary one = summary(w.otherInsight);
    InsightSummary two = summary(w.setupInsight);

    assertThat(one.restsOnOnePerson()).isTrue();
    assertThat(two.restsOnOnePerson()).isFalse();
    assertThat(one.strength()).isEqualTo(1.0 / InsightSummary.STRONG_PEOPLE);
    assertThat(two.strength()).isGreaterThan(one.strength());
  }
}

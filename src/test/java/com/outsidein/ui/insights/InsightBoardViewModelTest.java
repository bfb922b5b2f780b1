package com.outsidein.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.InterviewField;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightBoardViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private final RecordingAlerts alerts = new RecordingAlerts();
  private Commands commands;
  private InsightBoardViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    commands = new Commands(tasks, alerts);
    model =
        new InsightBoardViewModel(
            session.insights(), session.studies(), session.events(), commands);
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private InsightSummary card(long insightId) {
    return model.insights().stream().filter(s -> s.id() == insightId).findFirst().orElseThrow();
  }

  private Insight insight(long insightId) {
    return session.insights().get(insightId).orElseThrow();
  }

  @Test
  void loadsEveryInsightAndTheStudiesOnItsOwnAndSelectsACard() {
    assertThat(model.insights())
        .extracting(InsightSummary::id)
        .containsExactlyInAnyOrder(known.setupInsight, known.crossInsight, known.otherInsight);
    assertThat(model.studies()).hasSize(3);
    assertThat(model.loadingProperty().get()).isFalse();
    assertThat(model.selectedProperty().get()).isNotNull();
  }

  @Test
  void selectingAnInsightShowsItsEvidenceInOrder() {
    model.select(known.setupInsight);

    assertThat(model.evidence())
        .extracting(AttributedObservation::id)
        .containsExactly(known.observations[1], known.observations[3], known.observations[5]);
  }

  @Test
  void anEditToOneInsightReloadsThatCardAndLeavesTheOthersAsTheyWere() {
    InsightSummary cross = card(known.crossInsight);
    InsightSummary other = card(known.otherInsight);

    session.insights().update(insight(known.setupInsight).withTitle("Setup hurts most"));

    assertThat(card(known.setupInsight).insight().title()).isEqualTo("Setup hurts most");
    assertThat(card(known.crossInsight)).isSameAs(cross);
    assertThat(card(known.otherInsight)).isSameAs(other);
  }

  @Test
  void undoingAnEditNamesTheInsightAndPutsItsCardBack() {
    InsightSummary cross = card(known.crossInsight);
    session.insights().update(insight(known.setupInsight).withTitle("Setup hurts most"));

    session.history().undo();

    assertThat(card(known.setupInsight).insight().title()).isEqualTo("Setup is the pain");
    assertThat(card(known.crossInsight)).isSameAs(cross);
  }

  @Test
  void evidenceAddedElsewhereShowsOnTheSelectedInsightAndItsCard() {
    model.select(known.otherInsight);

    session.insights().addEvidence(known.otherInsight, List.of(known.observations[4]));

    assertThat(model.evidence())
        .extracting(AttributedObservation::id)
        .containsExactly(known.observations[8], known.observations[4]);
    assertThat(card(known.otherInsight).evidence()).isEqualTo(2);
  }

  @Test
  void observationsNamedByAChangeReloadTheCardsRestingOnThemAndTheEvidenceShown() {
    long acme = session.observations().get(known.observations[1]).orElseThrow().interviewId();
    var passage = session.observations().createFromPassage(acme, InterviewField.NOTES, 9, 19);
    session.insights().addEvidence(known.otherInsight, List.of(passage.id()));
    model.select(known.otherInsight);
    InsightSummary other = card(known.otherInsight);
    InsightSummary setup = card(known.setupInsight);

    session.interviews().saveText(acme, InterviewField.NOTES, "Short notes of Acme visit");

    assertThat(card(known.otherInsight)).isNotSameAs(other).isEqualTo(other);
    assertThat(card(known.setupInsight)).isSameAs(setup);
    assertThat(model.evidence())
        .filteredOn(o -> o.id() == passage.id())
        .singleElement()
        .satisfies(o -> assertThat(o.observation().highlight().start()).isEqualTo(15));
  }

  @Test
  void deletingTheSelectedInsightSelectsAnotherCard() {
    model.select(known.setupInsight);

    model.delete(known.setupInsight);

    assertThat(model.insights()).extracting(InsightSummary::id).doesNotContain(known.setupInsight);
    assertThat(model.selectedProperty().get()).isNotNull();
    assertThat(model.selectedProperty().get().id()).isNotEqualTo(known.setupInsight);
  }

  @Test
  void anInsightMadeOnTheBoardGoesIntoTheStudyShownAndIsSelected() {
    model
        .studyProperty()
        .set(
            model.studies().stream()
                .filter(c -> !c.isAll() && c.value().id() == known.other)
                .findFirst()
                .orElseThrow());
    NewInsightViewModel draft = model.newInsight();
    draft.titleProperty().set("  Renewal is decided late  ");

    draft.create();

    InsightSummary selected = model.selectedProperty().get();
    assertThat(selected.insight().title()).isEqualTo("Renewal is decided late");
    assertThat(selected.insight().studyId()).isEqualTo(known.other);
    assertThat(selected.evidence()).isZero();
    assertThat(model.inGroup(selected.insight().facet())).contains(selected);
  }

  @Test
  void aStudyAddedElsewhereJoinsTheFilter() {
    session.studies().create(com.outsidein.domain.Study.titled("Third study"));

    assertThat(model.studies()).extracting(c -> c.label()).contains("Third study");
  }

  @Test
  void afterCloseChangesNoLongerReachTheBoard() {
    model.close();

    session.insights().update(insight(known.setupInsight).withTitle("Setup hurts most"));

    assertThat(card(known.setupInsight).insight().title()).isEqualTo("Setup is the pain");
  }
}

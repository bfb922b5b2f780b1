package com.outsidein.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionToInsightViewModelTest {

  @TempDir Path folder;
  private KnownWorkspace known;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private SelectionToInsightViewModel model;

  @BeforeEach
  void open() {
    known = KnownWorkspace.build(folder.resolve("ws"));
    session = known.session;
    model =
        new SelectionToInsightViewModel(
            session.insights(), new Commands(tasks, new RecordingAlerts()));
  }

  @AfterEach
  void close() {
    session.close();
    assertThat(tasks.unhandled()).isEmpty();
  }

  private InsightSummary titled(String title) {
    return session.insights().summaries().stream()
        .filter(s -> s.insight().title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aNewInsightFromTheSelectionRestsOnItInOneUndoableChange() {
    NewInsightViewModel draft =
        model.newInsight(known.fleet, List.of(known.observations[3], known.observations[1]));
    draft.titleProperty().set("Re-keying wastes a day a week");
    draft.statementProperty().set("Every job is typed twice.");
    draft.facetProperty().set(Facet.PROBLEMS);

    draft.create();

    InsightSummary made = titled("Re-keying wastes a day a week");
    Insight insight = made.insight();
    assertThat(insight.studyId()).isEqualTo(known.fleet);
    assertThat(insight.statement()).isEqualTo("Every job is typed twice.");
    assertThat(insight.facet()).isEqualTo(Facet.PROBLEMS);
    assertThat(insight.knowledgeStage()).isEqualTo(KnowledgeStage.MYSTERY);
    assertThat(insight.status()).isEqualTo(InsightStatus.DRAFT);
    assertThat(session.insights().evidence(made.id()))
        .extracting(o -> o.id())
        .containsExactly(known.observations[3], known.observations[1]);
    assertThat(session.history().undoDescription()).contains("Add insight");
  }

  @Test
  void theDialogSaysHowManyObservationsTheInsightWillRestOn() {
    assertThat(model.newInsight(null, List.of(1L, 2L)).header()).contains("2");
  }

  @Test
  void aBlankTitleCannotBeMadeIntoAnInsight() {
    NewInsightViewModel draft = model.newInsight(null, List.of(known.observations[1]));
    draft.titleProperty().set("   ");
    int before = session.insights().summaries().size();

    draft.create();

    assertThat(draft.canCreateProperty().get()).isFalse();
    assertThat(session.insights().summaries()).hasSize(before);
  }

  @Test
  void addingTheSelectionToAnInsightPutsItAfterItsEvidence() {
    model.addTo(known.otherInsight, List.of(known.observations[6], known.observations[8]));

    assertThat(session.insights().evidence(known.otherInsight))
        .extracting(o -> o.id())
        .containsExactly(known.observations[8], known.observations[6]);
  }

  @Test
  void thePickerListsEveryInsight() {
    List<InsightSummary> listed = new ArrayList<>();

    model.insights(listed::addAll);

    assertThat(listed)
        .extracting(InsightSummary::id)
        .containsExactlyInAnyOrder(known.setupInsight, known.crossInsight, known.otherInsight);
  }
}

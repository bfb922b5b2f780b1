package com.outsidein.ui.insights;

import com.outsidein.domain.InsightSummary;
import com.outsidein.service.InsightService;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the observation table does with insights: make a new insight of the selected observations,
 * or add them to an insight's evidence.
 */
public final class SelectionToInsightViewModel {

  private final InsightService insights;
  private final Commands commands;

  public SelectionToInsightViewModel(InsightService insights, Commands commands) {
    this.insights = insights;
    this.commands = commands;
  }

  /**
   * The New insight dialog's state for an insight resting on these observations, in {@code studyId}
   * (null when they come from several studies).
   */
  public NewInsightViewModel newInsight(Long studyId, Collection<Long> observationIds) {
    return new NewInsightViewModel(insights, commands, studyId, observationIds, created -> {});
  }

  public void addTo(long insightId, Collection<Long> observationIds) {
    List<Long> ids = List.copyOf(observationIds);
    if (!ids.isEmpty()) {
      commands.run(
          Messages.get("insight.evidenceFailed"), () -> insights.addEvidence(insightId, ids));
    }
  }

  /** Every insight, for the "Add to insight…" picker (given on the FX thread). */
  public void insights(Consumer<List<InsightSummary>> answer) {
    commands.read(Messages.get("insight.evidenceFailed"), insights::summaries, answer);
  }

  /** Tells the person there is no insight to add to yet, and how to make one. */
  public void sayNoInsightsYet() {
    commands
        .alerts()
        .info(Messages.get("observations.addToInsight"), Messages.get("insight.noneYet"));
  }
}

package com.outsidein.ui.insights;

import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.service.WorkspaceSession;
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

  private final Commands commands;
  private WorkspaceSession session;

  public SelectionToInsightViewModel(Commands commands) {
    this.commands = commands;
  }

  public void load(WorkspaceSession session) {
    this.session = session;
  }

  /** Creates an insight resting on the observations; {@code done} gets it on the FX thread. */
  public void create(Insight draft, Collection<Long> observationIds, Consumer<Insight> done) {
    WorkspaceSession current = session;
    List<Long> ids = List.copyOf(observationIds);
    if (current != null) {
      commands.run(
          Messages.get("insight.createFailed"), () -> current.insights().create(draft, ids), done);
    }
  }

  public void addTo(long insightId, Collection<Long> observationIds) {
    WorkspaceSession current = session;
    List<Long> ids = List.copyOf(observationIds);
    if (current != null && !ids.isEmpty()) {
      commands.run(
          Messages.get("insight.evidenceFailed"),
          () -> current.insights().addEvidence(insightId, ids));
    }
  }

  /** Every insight, for the "Add to insight…" picker (given on the FX thread). */
  public void insights(Consumer<List<InsightSummary>> answer) {
    WorkspaceSession current = session;
    if (current != null) {
      commands.run(
          Messages.get("insight.evidenceFailed"), () -> current.insights().summaries(), answer);
    }
  }

  /** Tells the person there is no insight to add to yet, and how to make one. */
  public void sayNoInsightsYet() {
    commands
        .alerts()
        .info(Messages.get("observations.addToInsight"), Messages.get("insight.noneYet"));
  }
}

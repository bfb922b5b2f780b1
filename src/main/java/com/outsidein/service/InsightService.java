package com.outsidein.service;

import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Workspace;
import java.util.List;

/** Insights and the observations that are their evidence. */
public final class InsightService {

  private final Workspace workspace;
  private final WorkspaceEvents events;

  InsightService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  public List<InsightSummary> summaries() {
    return workspace.read(tx -> tx.insights().summaries());
  }

  /** Adds an insight resting on the given observations, in one transaction. */
  public Insight create(Insight insight, List<Long> evidence) {
    Require.text(insight.title(), "Title");
    Insight created =
        workspace.write(
            tx -> {
              Insight inserted = tx.insights().insert(insight);
              tx.insights().addEvidence(inserted.id(), evidence);
              return inserted;
            });
    events.changed(Topic.INSIGHTS);
    return created;
  }
}

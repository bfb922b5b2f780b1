package com.outsidein.service;

import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.service.WorkspaceEvents.Topic;
import java.util.List;

/** Insights and the observations that are their evidence. */
public final class InsightService {

  private final Writes writes;

  InsightService(Writes writes) {
    this.writes = writes;
  }

  public List<InsightSummary> summaries() {
    return writes.read(tx -> tx.insights().summaries());
  }

  /** Adds an insight resting on the given observations, in one transaction. */
  public Insight create(Insight insight, List<Long> evidence) {
    Require.text(insight.title(), "Title");
    Insight created =
        writes.change(
            Topic.INSIGHTS,
            tx -> {
              Insight inserted = tx.insights().insert(insight);
              tx.insights().addEvidence(inserted.id(), evidence);
              return inserted;
            });
    return created;
  }
}

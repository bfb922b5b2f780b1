package com.outsidein.domain;

import java.util.List;

/** An insight with the strength of its evidence and the evidence itself, in its order. */
public record ReportInsight(InsightSummary summary, List<EvidenceItem> evidence) {

  public ReportInsight {
    evidence = List.copyOf(evidence);
  }

  public Insight insight() {
    return summary.insight();
  }
}

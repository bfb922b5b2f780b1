package com.outsidein.service;

import com.outsidein.domain.CitationLink;
import com.outsidein.domain.EvidenceLink;
import com.outsidein.domain.Insight;
import com.outsidein.store.Tx;
import java.util.List;

/**
 * An insight with everything that points at it or from it (its evidence links and the canvas
 * citations of it), so deleting it can be undone with every link back in place.
 */
record InsightSnapshot(Insight insight, List<EvidenceLink> evidence, List<CitationLink> citations) {

  static InsightSnapshot take(Tx tx, long insightId) {
    Insight insight = tx.insights().byId(insightId).orElseThrow();
    List<Long> ids = tx.insights().evidenceIds(insightId);
    List<EvidenceLink> links =
        ids.stream()
            .flatMap(id -> tx.insights().evidenceOfObservation(id).stream())
            .filter(link -> link.insightId() == insightId)
            .toList();
    return new InsightSnapshot(insight, links, tx.canvases().citationsOfInsight(insightId));
  }

  void restore(Tx tx) {
    tx.insights().insert(insight);
    evidence.forEach(link -> tx.insights().restoreEvidence(link));
    citations.forEach(link -> tx.canvases().restoreCitation(link));
  }

  /** Deletes the insight; its evidence links and citations go with it. */
  static void delete(Tx tx, long insightId) {
    tx.insights().delete(insightId);
  }
}

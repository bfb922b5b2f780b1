package com.outsidein.service;

import com.outsidein.domain.CitationLink;
import com.outsidein.domain.EvidenceLink;
import com.outsidein.domain.Observation;
import com.outsidein.store.Tx;
import java.util.List;

/**
 * An observation with everything that points at it (its codes, its place in insights' evidence,
 * canvas citations), so a delete can be undone with every link back in place.
 */
record ObservationSnapshot(
    Observation observation,
    List<Long> codeIds,
    List<EvidenceLink> evidence,
    List<CitationLink> citations) {

  static ObservationSnapshot take(Tx tx, long observationId) {
    Observation observation = tx.observations().byId(observationId).orElseThrow();
    return new ObservationSnapshot(
        observation,
        tx.observations().codeIds(observationId),
        tx.insights().evidenceOfObservation(observationId),
        tx.canvases().citationsOfObservation(observationId));
  }

  void restore(Tx tx) {
    tx.observations().insert(observation);
    tx.observations().addCodes(observation.id(), codeIds);
    evidence.forEach(link -> tx.insights().restoreEvidence(link));
    citations.forEach(link -> tx.canvases().restoreCitation(link));
  }

  /** Deletes the observation; its codings, evidence links and citations go with it. */
  static void delete(Tx tx, long observationId) {
    tx.observations().delete(observationId);
  }
}

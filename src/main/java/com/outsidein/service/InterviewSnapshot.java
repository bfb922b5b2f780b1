package com.outsidein.service;

import com.outsidein.domain.Interview;
import com.outsidein.domain.Observation;
import com.outsidein.store.Tx;
import java.util.List;

/** An interview with its participants and its observations (and all that points at them). */
record InterviewSnapshot(
    Interview interview, List<Long> participantIds, List<ObservationSnapshot> observations) {

  static InterviewSnapshot take(Tx tx, long interviewId) {
    Interview interview = tx.interviews().byId(interviewId).orElseThrow();
    return new InterviewSnapshot(
        interview,
        tx.interviews().participantIds(interviewId),
        tx.observations().ofInterview(interviewId).stream()
            .map(o -> ObservationSnapshot.take(tx, o.id()))
            .toList());
  }

  void restore(Tx tx) {
    tx.interviews().insert(interview);
    tx.interviews().addParticipants(interview.id(), participantIds);
    observations.forEach(o -> o.restore(tx));
  }

  /** Deletes the interview and its observations. */
  static void delete(Tx tx, long interviewId) {
    for (Observation observation : tx.observations().ofInterview(interviewId)) {
      ObservationSnapshot.delete(tx, observation.id());
    }
    tx.interviews().delete(interviewId);
  }
}

package com.outsidein.domain;

import java.util.List;

/**
 * An interview as it may leave the app: its notes only if every participant allows notes, its
 * transcript only if every participant also allows quotes (a text held back is empty), and in what
 * is released a no-quote speaker's highlighted passages replaced by {@link Quotes#WITHHELD}, the
 * highlights moved to match. {@code observations} are all the interview's observations.
 */
public record ReleasedInterview(
    Interview interview,
    String study,
    String interviewer,
    List<Long> participantIds,
    boolean notesHeldBack,
    boolean transcriptHeldBack,
    int passagesWithheld,
    List<ExportedObservation> observations) {

  public ReleasedInterview {
    participantIds = List.copyOf(participantIds);
    observations = List.copyOf(observations);
  }

  /** Whether the text of this field was held back (it goes out empty). */
  public boolean heldBack(InterviewField field) {
    return field == InterviewField.NOTES ? notesHeldBack : transcriptHeldBack;
  }
}

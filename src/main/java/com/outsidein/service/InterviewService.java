package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Workspace;
import java.util.List;
import java.util.Optional;

public final class InterviewService {

  /** The longest notes or transcript a field holds (the column's size). */
  public static final int MAX_TEXT = 1_000_000;

  private final Workspace workspace;
  private final WorkspaceEvents events;

  InterviewService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  /** Every interview (studyId null) or those of one study, newest first. */
  public List<InterviewSummary> summaries(Long studyId) {
    return workspace.read(tx -> tx.interviews().summaries(studyId));
  }

  public Optional<Interview> get(long id) {
    return workspace.read(tx -> tx.interviews().byId(id));
  }

  public List<Long> participantIds(long interviewId) {
    return workspace.read(tx -> tx.interviews().participantIds(interviewId));
  }

  /** Adds an interview with its participants, in one transaction. */
  public Interview create(Interview interview, List<Long> participantIds) {
    String title = Require.text(interview.title(), "Title");
    Require.maxLength(interview.notes(), MAX_TEXT, "Notes");
    Require.maxLength(interview.transcript(), MAX_TEXT, "Transcript");
    Interview created =
        workspace.write(
            tx -> {
              if (tx.interviews().findByTitle(interview.studyId(), title).isPresent()) {
                throw new BadInputException(
                    "Title", "this study has an interview called \"" + title + "\" already");
              }
              Interview inserted = tx.interviews().insert(interview);
              tx.interviews().addParticipants(inserted.id(), participantIds);
              return inserted;
            });
    events.changed(Topic.INTERVIEWS);
    return created;
  }
}

package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.DeleteImpact;
import com.outsidein.domain.Highlight;
import com.outsidein.domain.HighlightShift;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Observation;
import com.outsidein.domain.Person;
import com.outsidein.domain.TextChange;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Interviews: their details, participants, notes and transcript. */
public final class InterviewService {

  /** The longest notes or transcript a field holds (the column's size). */
  public static final int MAX_TEXT = 1_000_000;

  private final Writes writes;

  InterviewService(Writes writes) {
    this.writes = writes;
  }

  /** Every interview (studyId null) or those of one study, newest first. */
  public List<InterviewSummary> summaries(Long studyId) {
    return writes.read(tx -> tx.interviews().summaries(studyId));
  }

  public Optional<Interview> get(long id) {
    return writes.read(tx -> tx.interviews().byId(id));
  }

  public List<Long> participantIds(long interviewId) {
    return writes.read(tx -> tx.interviews().participantIds(interviewId));
  }

  public List<Person> participants(long interviewId) {
    return writes.read(
        tx ->
            tx.interviews().participantIds(interviewId).stream()
                .map(id -> tx.people().byId(id).orElseThrow())
                .toList());
  }

  /** Adds an interview with its participants, in one transaction. */
  public Interview create(Interview interview, List<Long> participantIds) {
    String title = Require.text(interview.title(), ServiceText.get("field.title"));
    Require.maxLength(interview.notes(), MAX_TEXT, ServiceText.get("field.notes"));
    Require.maxLength(interview.transcript(), MAX_TEXT, ServiceText.get("field.transcript"));
    return writes.undoable(
        ServiceText.get("undo.addInterview"),
        Topic.INTERVIEWS,
        tx -> {
          refuseDuplicateTitle(tx, interview.studyId(), title, 0);
          Interview inserted = tx.interviews().insert(interview);
          tx.interviews().addParticipants(inserted.id(), participantIds);
          // Undo keeps what was typed into the interview since, so redo brings it back too.
          AtomicReference<InterviewSnapshot> latest =
              new AtomicReference<>(InterviewSnapshot.take(tx, inserted.id()));
          return Performed.of(
              inserted,
              undo -> {
                latest.set(InterviewSnapshot.take(undo, inserted.id()));
                InterviewSnapshot.delete(undo, inserted.id());
              },
              redo -> latest.get().restore(redo));
        });
  }

  /** Changes an interview's details: title, date, interviewer, channel, journey stage. */
  public void updateDetails(Interview details) {
    String title = Require.text(details.title(), ServiceText.get("field.title"));
    writes.undoable(
        ServiceText.get("undo.editInterview"),
        Topic.INTERVIEWS,
        tx -> {
          Interview before = tx.interviews().byId(details.id()).orElseThrow();
          refuseDuplicateTitle(tx, before.studyId(), title, details.id());
          Interview after = withTexts(details, before);
          tx.interviews().update(after);
          return Performed.of(
              null,
              undo -> undo.interviews().update(withTexts(before, current(undo, before.id()))),
              redo -> redo.interviews().update(withTexts(after, current(redo, after.id()))));
        });
  }

  /** Sets who took part; the texts typed meanwhile are never touched by undo. */
  public void setParticipants(long interviewId, List<Long> personIds) {
    writes.undoable(
        ServiceText.get("undo.changeParticipants"),
        Set.of(Topic.INTERVIEWS, Topic.PEOPLE),
        tx -> {
          List<Long> before = tx.interviews().participantIds(interviewId);
          replaceParticipants(tx, interviewId, personIds);
          return Performed.of(
              null,
              undo -> replaceParticipants(undo, interviewId, before),
              redo -> replaceParticipants(redo, interviewId, personIds));
        });
  }

  private static void replaceParticipants(Tx tx, long interviewId, List<Long> personIds) {
    for (Long current : tx.interviews().participantIds(interviewId)) {
      if (!personIds.contains(current)) {
        tx.interviews().removeParticipant(interviewId, current);
      }
    }
    tx.interviews().addParticipants(interviewId, personIds);
  }

  /**
   * Commits typed notes or transcript text, moving the highlights of the interview's observations
   * with the text around them. Not on the undo stack: the editor undoes typing itself.
   *
   * @return the highlights as they now stand, by observation
   */
  public List<Observation> saveText(long interviewId, InterviewField field, String text) {
    Require.maxLength(
        text,
        MAX_TEXT,
        field == InterviewField.NOTES
            ? ServiceText.get("field.notes")
            : ServiceText.get("field.transcript"));
    return writes.change(
        tx -> {
          if (!tx.interviews().exists(interviewId)) {
            throw new NoSuchElementException("No interview " + interviewId);
          }
          String before = tx.interviews().text(interviewId, field);
          TextChange change = TextChange.between(before, text);
          List<Observation> moved = new ArrayList<>();
          for (Observation observation : tx.observations().highlighting(interviewId, field)) {
            Highlight shifted = HighlightShift.apply(before, text, change, observation.highlight());
            if (!Objects.equals(shifted, observation.highlight())) {
              tx.observations().setHighlight(observation.id(), shifted);
            }
            moved.add(observation.withHighlight(shifted));
          }
          tx.interviews().setText(interviewId, field, text);
          return moved;
        },
        moved -> textSaved(interviewId, moved));
  }

  /**
   * What saving text announces: this interview, and its highlighted observations (when it has any),
   * by id, so that lists showing counts know nothing was added or removed.
   */
  private static List<WorkspaceEvents.Change> textSaved(long interviewId, List<Observation> moved) {
    List<WorkspaceEvents.Change> changes = new ArrayList<>();
    changes.add(new WorkspaceEvents.Change(Topic.INTERVIEWS, Set.of(interviewId)));
    if (!moved.isEmpty()) {
      changes.add(
          new WorkspaceEvents.Change(
              Topic.OBSERVATIONS,
              moved.stream().map(Observation::id).collect(java.util.stream.Collectors.toSet())));
    }
    return changes;
  }

  public DeleteImpact impactOfDeleting(long interviewId) {
    return writes.read(
        tx -> {
          List<Observation> observations = tx.observations().ofInterview(interviewId);
          int evidence = 0;
          int citations = 0;
          for (Observation o : observations) {
            evidence += tx.insights().evidenceOfObservation(o.id()).size();
            citations += tx.canvases().citationsOfObservation(o.id()).size();
          }
          return new DeleteImpact(observations.size(), 0, evidence, citations, 0);
        });
  }

  /** Deletes an interview with its observations and their links, in one transaction. */
  public void delete(long interviewId) {
    writes.undoable(
        ServiceText.get("undo.deleteInterview"),
        Set.of(Topic.INTERVIEWS, Topic.OBSERVATIONS, Topic.INSIGHTS, Topic.CANVASES),
        tx -> {
          InterviewSnapshot deleted = InterviewSnapshot.take(tx, interviewId);
          InterviewSnapshot.delete(tx, interviewId);
          return Performed.of(
              null, deleted::restore, redo -> InterviewSnapshot.delete(redo, interviewId));
        });
  }

  private static Interview current(Tx tx, long id) {
    return tx.interviews().byId(id).orElseThrow();
  }

  /** The details of one interview with the notes and transcript of another. */
  private static Interview withTexts(Interview details, Interview texts) {
    return new Interview(
        details.id(),
        details.studyId(),
        details.title(),
        details.heldOn(),
        details.interviewerId(),
        details.channelId(),
        details.journeyStageId(),
        texts.notes(),
        texts.transcript(),
        texts.importBatchId());
  }

  private static void refuseDuplicateTitle(Tx tx, long studyId, String title, long exceptId) {
    tx.interviews()
        .findByTitle(studyId, title)
        .filter(other -> other.id() != exceptId)
        .ifPresent(
            other -> {
              throw new BadInputException(
                  ServiceText.get("field.title"),
                  ServiceText.get("problem.interviewExists", title));
            });
  }
}

package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.DeleteImpact;
import com.outsidein.domain.Highlight;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.domain.SpeakerGuess;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** Logging, editing, coding and deleting observations; every change can be undone. */
public final class ObservationService {

  /** The longest observation text or quote a field holds (the column's size). */
  public static final int MAX_TEXT = 20_000;

  private final Writes writes;

  ObservationService(Writes writes) {
    this.writes = writes;
  }

  public List<ObservationRow> rows(ObservationFilter filter, int offset, int limit) {
    return writes.read(tx -> tx.observations().rows(filter, offset, limit));
  }

  /**
   * Those of the observations with these ids that match the filter, newest first: what a table
   * showing the filter should show of them after they changed.
   */
  public List<ObservationRow> rowsAmong(ObservationFilter filter, Collection<Long> ids) {
    Set<Long> wanted = Set.copyOf(ids);
    return writes.read(tx -> tx.observations().rowsAmong(filter, wanted));
  }

  public int count(ObservationFilter filter) {
    return writes.read(tx -> tx.observations().count(filter));
  }

  public Optional<Observation> get(long id) {
    return writes.read(tx -> tx.observations().byId(id));
  }

  public List<Observation> ofInterview(long interviewId) {
    return writes.read(tx -> tx.observations().ofInterview(interviewId));
  }

  /** Adds an observation with its codes, in one transaction. */
  public Observation create(Observation observation, List<Long> codeIds) {
    check(observation);
    return writes.undoable(
        ServiceText.get("undo.addObservation"),
        tx -> {
          Observation inserted = tx.observations().insert(observation);
          tx.observations().addCodes(inserted.id(), codeIds);
          AtomicReference<ObservationSnapshot> latest =
              new AtomicReference<>(ObservationSnapshot.take(tx, inserted.id()));
          return Performed.of(
              inserted,
              undo -> {
                latest.set(ObservationSnapshot.take(undo, inserted.id()));
                ObservationSnapshot.delete(undo, inserted.id());
              },
              redo -> latest.get().restore(redo));
        },
        created -> observationsChanged(List.of(created.id())));
  }

  /**
   * Makes an observation of a passage of an interview's notes or transcript: the passage becomes
   * its quote and its highlight, and the speaker is guessed from the text around it.
   */
  public Observation createFromPassage(long interviewId, InterviewField field, int start, int end) {
    Observation draft =
        writes.read(
            tx -> {
              Interview interview = tx.interviews().byId(interviewId).orElseThrow();
              return draftFromPassage(tx, interview, field, start, end);
            });
    return create(draft, List.of());
  }

  private static Observation draftFromPassage(
      Tx tx, Interview interview, InterviewField field, int start, int end) {
    String text = interview.text(field);
    if (start < 0 || end > text.length() || start >= end) {
      throw new BadInputException(
          ServiceText.get("field.selection"), ServiceText.get("problem.nothingSelected"));
    }
    int from = start;
    int to = end;
    while (from < to && isTrimmable(text.charAt(from))) {
      from++;
    }
    while (to > from && isTrimmable(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      throw new BadInputException(
          ServiceText.get("field.selection"), ServiceText.get("problem.selectionWithoutWords"));
    }
    String quote = text.substring(from, to);
    List<Person> participants = new ArrayList<>();
    for (Long id : tx.interviews().participantIds(interview.id())) {
      tx.people().byId(id).ifPresent(participants::add);
    }
    Long speaker = SpeakerGuess.guess(text, from, participants).map(Person::id).orElse(null);
    return new Observation(
        0,
        interview.studyId(),
        interview.id(),
        speaker,
        quote,
        quote,
        speaker == null ? ObservationKind.NOTE : ObservationKind.SAYS,
        interview.journeyStageId(),
        null,
        null,
        null,
        new Highlight(field, from, to),
        null);
  }

  private static boolean isTrimmable(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '\u201c' || c == '\u201d';
  }

  /** Changes an observation's fields (not its codes). */
  public void update(Observation observation) {
    check(observation);
    writes.undoable(
        ServiceText.get("undo.editObservation"),
        tx -> {
          Observation before = tx.observations().byId(observation.id()).orElseThrow();
          tx.observations().update(observation);
          return Performed.of(
              null,
              undo -> undo.observations().update(before),
              redo -> redo.observations().update(observation));
        },
        done -> observationsChanged(List.of(observation.id())));
  }

  /** Codes several observations at once; those that have the code already keep it. */
  public void addCode(Collection<Long> observationIds, long codeId) {
    List<Long> ids = List.copyOf(observationIds);
    writes.undoable(
        ids.size() == 1
            ? ServiceText.get("undo.codeObservations.one")
            : ServiceText.get("undo.codeObservations.many", ids.size()),
        tx -> {
          List<Long> added = new ArrayList<>();
          for (Long id : ids) {
            if (!tx.observations().codeIds(id).contains(codeId)) {
              added.add(id);
            }
          }
          tx.codes().code(codeId, added);
          return Performed.of(
              null,
              undo -> undo.codes().uncode(codeId, added),
              redo -> redo.codes().code(codeId, added));
        },
        done -> observationsChanged(ids));
  }

  /** Takes a code off several observations at once. */
  public void removeCode(Collection<Long> observationIds, long codeId) {
    List<Long> ids = List.copyOf(observationIds);
    writes.undoable(
        ids.size() == 1
            ? ServiceText.get("undo.uncodeObservations.one")
            : ServiceText.get("undo.uncodeObservations.many", ids.size()),
        tx -> {
          List<Long> removed = new ArrayList<>();
          for (Long id : ids) {
            if (tx.observations().codeIds(id).contains(codeId)) {
              removed.add(id);
            }
          }
          tx.codes().uncode(codeId, removed);
          return Performed.of(
              null,
              undo -> undo.codes().code(codeId, removed),
              redo -> redo.codes().uncode(codeId, removed));
        },
        done -> observationsChanged(ids));
  }

  /** What deleting these observations would take with it: evidence links and citations. */
  public DeleteImpact impactOfDeleting(Collection<Long> observationIds) {
    return writes.read(
        tx -> {
          int evidence = 0;
          int citations = 0;
          for (Long id : observationIds) {
            evidence += tx.insights().evidenceOfObservation(id).size();
            citations += tx.canvases().citationsOfObservation(id).size();
          }
          return new DeleteImpact(observationIds.size(), 0, evidence, citations, 0);
        });
  }

  /** Deletes observations with their codings, evidence links and citations, in one transaction. */
  public void delete(Collection<Long> observationIds) {
    List<Long> ids = List.copyOf(observationIds);
    writes.undoable(
        ids.size() == 1
            ? ServiceText.get("undo.deleteObservations.one")
            : ServiceText.get("undo.deleteObservations.many", ids.size()),
        tx -> {
          List<ObservationSnapshot> deleted = new ArrayList<>();
          for (Long id : ids) {
            deleted.add(ObservationSnapshot.take(tx, id));
            ObservationSnapshot.delete(tx, id);
          }
          return Performed.of(
              null,
              undo -> deleted.forEach(s -> s.restore(undo)),
              redo -> ids.forEach(id -> ObservationSnapshot.delete(redo, id)));
        },
        done ->
            List.of(
                new WorkspaceEvents.Change(Topic.OBSERVATIONS, Set.copyOf(ids)),
                WorkspaceEvents.Change.any(Topic.INSIGHTS),
                WorkspaceEvents.Change.any(Topic.CANVASES)));
  }

  static void check(Observation observation) {
    Require.text(observation.text(), ServiceText.get("field.observation"));
    Require.maxLength(observation.text(), MAX_TEXT, ServiceText.get("field.observation"));
    Require.maxLength(observation.quote(), MAX_TEXT, ServiceText.get("field.quote"));
    Integer sentiment = observation.sentiment();
    if (sentiment != null
        && (sentiment < Observation.MIN_SENTIMENT || sentiment > Observation.MAX_SENTIMENT)) {
      throw new BadInputException(
          ServiceText.get("field.sentiment"), ServiceText.get("problem.sentimentRange"));
    }
  }

  /** The announcement that these observations (and only they) changed, were added or went. */
  private static List<WorkspaceEvents.Change> observationsChanged(Collection<Long> ids) {
    return List.of(new WorkspaceEvents.Change(Topic.OBSERVATIONS, Set.copyOf(ids)));
  }
}

package com.outsidein.ui.interviews;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.Highlight;
import com.outsidein.domain.HighlightShift;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.Person;
import com.outsidein.domain.TeamMember;
import com.outsidein.domain.TextChange;
import com.outsidein.exchange.importing.TranscriptImporter;
import com.outsidein.exchange.importing.TranscriptReader;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.task.BackgroundTask;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * One interview being edited: its details, participants, texts and the observations that quote
 * them. Typed text is committed when typing pauses for a second or the text loses focus; highlights
 * move with the text as it is typed.
 */
public final class InterviewEditorViewModel {

  static final Duration COMMIT_PAUSE = Duration.seconds(1);

  /** What the editor needs from the workspace, loaded together in the background. */
  record Loaded(
      Interview interview,
      List<Person> participants,
      List<Observation> observations,
      List<Person> people,
      List<TeamMember> team,
      List<DimensionValue> channels,
      List<DimensionValue> stages) {}

  private final Commands commands;
  private final QuickEntryViewModel entry;
  private final ObjectProperty<Interview> interview = new SimpleObjectProperty<>();
  private final ObservableList<Person> participants = FXCollections.observableArrayList();
  private final ObservableList<Observation> observations = FXCollections.observableArrayList();
  private final ObservableList<Person> people = FXCollections.observableArrayList();
  private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
  private final ObservableList<DimensionValue> channels = FXCollections.observableArrayList();
  private final ObservableList<DimensionValue> stages = FXCollections.observableArrayList();
  private final ObjectProperty<Observation> selectedObservation = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
  private final Map<InterviewField, String> typed = new EnumMap<>(InterviewField.class);
  private final Map<InterviewField, String> saved = new EnumMap<>(InterviewField.class);
  private final Map<InterviewField, PauseTransition> pauses = new EnumMap<>(InterviewField.class);
  private final Map<InterviewField, Boolean> saving = new EnumMap<>(InterviewField.class);
  private Consumer<InterviewField> textReplaced = field -> {};
  private WorkspaceSession session;
  private long generation;
  private Long pendingSelection;
  private Passage pendingPassage;
  private java.util.function.BiConsumer<InterviewField, com.outsidein.domain.TextSpan>
      passageShown = (field, span) -> {};

  /** A stretch of an interview's text to select once the interview is shown. */
  private record Passage(
      long interviewId, InterviewField field, com.outsidein.domain.TextSpan span) {}

  public InterviewEditorViewModel(QuickEntryViewModel entry, Commands commands) {
    this.commands = commands;
    this.entry = entry;
    for (InterviewField field : InterviewField.values()) {
      PauseTransition pause = new PauseTransition(COMMIT_PAUSE);
      pause.setOnFinished(e -> save(field));
      pauses.put(field, pause);
      saving.put(field, false);
    }
  }

  public ObjectProperty<Interview> interviewProperty() {
    return interview;
  }

  public ObservableList<Person> participants() {
    return participants;
  }

  public ObservableList<Observation> observations() {
    return observations;
  }

  public ObservableList<Person> people() {
    return people;
  }

  public ObservableList<TeamMember> team() {
    return team;
  }

  public ObservableList<DimensionValue> channels() {
    return channels;
  }

  public ObservableList<DimensionValue> stages() {
    return stages;
  }

  public ObjectProperty<Observation> selectedObservationProperty() {
    return selectedObservation;
  }

  /** True while typed text is waiting to be committed. */
  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public QuickEntryViewModel entry() {
    return entry;
  }

  /** Called when a text must be shown afresh (a new interview, or a change made elsewhere). */
  public void onTextReplaced(Consumer<InterviewField> listener) {
    this.textReplaced = listener;
  }

  public String text(InterviewField field) {
    return typed.getOrDefault(field, "");
  }

  /** Opens an interview (null: none), committing what was typed in the previous one first. */
  public void open(WorkspaceSession session, Long interviewId) {
    boolean sameInterview =
        session == this.session
            && interview.get() != null
            && Objects.equals(interview.get().id(), interviewId);
    if (!sameInterview) {
      flush();
    }
    this.session = session;
    long mine = ++generation;
    if (session == null || interviewId == null) {
      show(null, mine);
      return;
    }
    BackgroundTask.wrap(() -> load(session, interviewId))
        .onSuccess(loaded -> show(loaded, mine))
        .readWith(commands.tasks());
  }

  private static Loaded load(WorkspaceSession session, long interviewId) {
    Interview interview = session.interviews().get(interviewId).orElse(null);
    if (interview == null) {
      return null;
    }
    return new Loaded(
        interview,
        session.interviews().participants(interviewId),
        session.observations().ofInterview(interviewId),
        session.people().people(),
        session.team().all(),
        session.dimensions().values(Dimension.CHANNEL),
        session.dimensions().values(Dimension.JOURNEY_STAGE));
  }

  private void show(Loaded loaded, long mine) {
    if (mine != generation) {
      return;
    }
    Interview before = interview.get();
    Long selected = selectedObservation.get() == null ? null : selectedObservation.get().id();
    if (loaded == null) {
      interview.set(null);
      participants.clear();
      observations.clear();
      for (InterviewField field : InterviewField.values()) {
        typed.put(field, "");
        saved.put(field, "");
        textReplaced.accept(field);
      }
      entry.setTarget(null, null);
      return;
    }
    boolean other = before == null || before.id() != loaded.interview().id();
    people.setAll(loaded.people());
    team.setAll(loaded.team());
    channels.setAll(loaded.channels());
    stages.setAll(loaded.stages());
    participants.setAll(loaded.participants());
    interview.set(loaded.interview());
    for (InterviewField field : InterviewField.values()) {
      String stored = loaded.interview().text(field);
      // A text the person is typing is never replaced; one changed elsewhere (undo, forget) is.
      if (other || (!isDirty(field) && !stored.equals(saved.get(field)))) {
        typed.put(field, stored);
        saved.put(field, stored);
        textReplaced.accept(field);
      }
    }
    observations.setAll(withTypedHighlights(loaded.observations()));
    selectedObservation.set(
        other
            ? null
            : observations.stream()
                .filter(o -> selected != null && o.id() == selected)
                .findFirst()
                .orElse(null));
    entry.setTarget(loaded.interview().studyId(), loaded.interview().id());
    entry.preferPeople(loaded.participants());
    selectPending();
    showPendingPassage();
  }

  /** Receives a passage to select in a text, once the interview that holds it is shown. */
  void onPassageShown(
      java.util.function.BiConsumer<InterviewField, com.outsidein.domain.TextSpan> shown) {
    this.passageShown = shown;
  }

  /** Selects a passage of an interview's text as soon as that interview is shown (or now). */
  public void showPassage(
      long interviewId, InterviewField field, com.outsidein.domain.TextSpan span) {
    pendingPassage = new Passage(interviewId, field, span);
    showPendingPassage();
  }

  /** Selects one of an interview's observations as soon as that interview is shown (or now). */
  public void selectObservationWhenShown(long observationId) {
    pendingSelection = observationId;
    selectPending();
  }

  private void showPendingPassage() {
    Interview shown = interview.get();
    if (pendingPassage != null && shown != null && shown.id() == pendingPassage.interviewId()) {
      Passage passage = pendingPassage;
      pendingPassage = null;
      passageShown.accept(passage.field(), passage.span());
    }
  }

  /** Stored highlights lag behind text typed since the last commit; bring them up to date. */
  private List<Observation> withTypedHighlights(List<Observation> stored) {
    List<Observation> shown = new ArrayList<>();
    for (Observation o : stored) {
      Highlight h = o.highlight();
      if (h != null && isDirty(h.field())) {
        h = HighlightShift.apply(saved.get(h.field()), typed.get(h.field()), h);
      }
      shown.add(o.withHighlight(h));
    }
    return shown;
  }

  private boolean isDirty(InterviewField field) {
    return !Objects.equals(typed.get(field), saved.get(field));
  }

  /** The person typed: the highlights move with the text, and a commit is scheduled. */
  public void textChanged(InterviewField field, String text, TextChange change) {
    String before = typed.getOrDefault(field, "");
    typed.put(field, text);
    List<Observation> moved = new ArrayList<>();
    for (Observation o : observations) {
      Highlight h = o.highlight();
      moved.add(
          h != null && h.field() == field
              ? o.withHighlight(HighlightShift.apply(before, text, change, h))
              : o);
    }
    observations.setAll(moved);
    updateDirty();
    pauses.get(field).playFromStart();
  }

  /** Commits a text now, in the background (typing paused, or the text lost focus). */
  public void save(InterviewField field) {
    pauses.get(field).stop();
    Interview current = interview.get();
    WorkspaceSession currentSession = session;
    if (current == null || !isDirty(field) || saving.get(field)) {
      return;
    }
    String text = typed.get(field);
    saving.put(field, true);
    commands.run(
        Messages.get("interviews.saveFailed"),
        () -> currentSession.interviews().saveText(current.id(), field, text),
        stored -> {
          saving.put(field, false);
          if (interview.get() != null && interview.get().id() == current.id()) {
            saved.put(field, text);
            updateDirty();
            if (isDirty(field)) {
              save(field);
            }
          }
        },
        () -> saving.put(field, false));
  }

  /** Whether the interview has a transcript already (so importing one asks: replace or append). */
  public boolean hasTranscript() {
    return !text(InterviewField.TRANSCRIPT).isBlank();
  }

  /**
   * Reads a transcript file (.txt, .vtt, .srt, .docx) in the background and puts it in place of the
   * transcript or after it; it is then committed like typed text, highlights moving with it.
   */
  public void importTranscript(java.nio.file.Path file, boolean append) {
    if (interview.get() == null) {
      return;
    }
    long mine = generation;
    commands.run(
        Messages.get("interviews.transcriptFailed"),
        () -> new TranscriptReader().read(file),
        read -> {
          if (mine != generation) {
            return;
          }
          String before = text(InterviewField.TRANSCRIPT);
          String now = TranscriptImporter.combine(before, read, append);
          textChanged(InterviewField.TRANSCRIPT, now, TextChange.between(before, now));
          textReplaced.accept(InterviewField.TRANSCRIPT);
          save(InterviewField.TRANSCRIPT);
        });
  }

  /** Commits every typed text at once, on this thread: before the workspace closes or changes. */
  public void flush() {
    Interview current = interview.get();
    if (current == null || session == null) {
      return;
    }
    for (InterviewField field : InterviewField.values()) {
      pauses.get(field).stop();
      if (isDirty(field)) {
        session.interviews().saveText(current.id(), field, typed.get(field));
        saved.put(field, typed.get(field));
      }
    }
    updateDirty();
  }

  private void updateDirty() {
    dirty.set(isDirty(InterviewField.NOTES) || isDirty(InterviewField.TRANSCRIPT));
  }

  /**
   * Makes an observation of the selected passage: the text is committed first, so the passage is
   * exactly what the person sees.
   */
  public void quote(InterviewField field, int start, int end) {
    Interview current = interview.get();
    WorkspaceSession currentSession = session;
    if (current == null || start >= end) {
      return;
    }
    pauses.get(field).stop();
    String text = typed.get(field);
    commands.run(
        Messages.get("interviews.quoteFailed"),
        () -> {
          currentSession.interviews().saveText(current.id(), field, text);
          return currentSession.observations().createFromPassage(current.id(), field, start, end);
        },
        created -> {
          saved.put(field, text);
          updateDirty();
          pendingSelection = created.id();
        });
  }

  /** After a reload, selects the observation just made from a passage. */
  void selectPending() {
    if (pendingSelection != null) {
      Long id = pendingSelection;
      observations.stream()
          .filter(o -> o.id() == id)
          .findFirst()
          .ifPresent(
              o -> {
                selectedObservation.set(o);
                pendingSelection = null;
              });
    }
  }

  /** The observation whose highlight covers a place in a text, if any. */
  public Observation observationAt(InterviewField field, int position) {
    for (Observation o : observations) {
      Highlight h = o.highlight();
      if (h != null && h.field() == field && position >= h.start() && position <= h.end()) {
        return o;
      }
    }
    return null;
  }

  public void updateDetails(Interview details) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("interviews.editFailed"), () -> current.interviews().updateDetails(details));
  }

  /** The team member with this name, added on the fly when new. */
  public void setInterviewer(String name) {
    Interview current = interview.get();
    WorkspaceSession currentSession = session;
    if (current == null) {
      return;
    }
    commands.run(
        Messages.get("interviews.editFailed"),
        () -> {
          Long id =
              name == null || name.isBlank()
                  ? null
                  : currentSession.team().findOrCreate(name, null).id();
          currentSession.interviews().updateDetails(withInterviewer(current, id));
          return null;
        },
        done -> {});
  }

  private static Interview withInterviewer(Interview i, Long interviewerId) {
    return new Interview(
        i.id(),
        i.studyId(),
        i.title(),
        i.heldOn(),
        interviewerId,
        i.channelId(),
        i.journeyStageId(),
        i.notes(),
        i.transcript(),
        i.importBatchId());
  }

  public void addParticipant(Person person) {
    List<Long> ids = new ArrayList<>(participants.stream().map(Person::id).toList());
    if (!ids.contains(person.id())) {
      ids.add(person.id());
      setParticipants(ids);
    }
  }

  public void removeParticipant(Person person) {
    setParticipants(participants.stream().map(Person::id).filter(id -> id != person.id()).toList());
  }

  private void setParticipants(List<Long> ids) {
    Interview current = interview.get();
    WorkspaceSession currentSession = session;
    if (current != null) {
      commands.run(
          Messages.get("interviews.editFailed"),
          () -> currentSession.interviews().setParticipants(current.id(), ids));
    }
  }

  /** Every code path, for "Add code…". */
  public void codeChoices(Consumer<List<QuickEntryViewModel.CodeChoice>> answer) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("observations.codeFailed"),
        () -> {
          var tree = current.codebook().tree();
          return tree.depthFirst().stream()
              .map(c -> new QuickEntryViewModel.CodeChoice(c.id(), tree.pathOf(c.id())))
              .toList();
        },
        answer);
  }

  public void addCode(long observationId, long codeId) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("observations.codeFailed"),
        () -> current.observations().addCode(List.of(observationId), codeId));
  }

  public void updateObservation(Observation observation) {
    WorkspaceSession current = session;
    if (current == null) {
      return;
    }
    commands.run(
        Messages.get("observations.editFailed"), () -> current.observations().update(observation));
  }
}

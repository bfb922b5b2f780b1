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
import com.outsidein.domain.TextSpan;
import com.outsidein.exchange.importing.TranscriptImporter;
import com.outsidein.exchange.importing.TranscriptReader;
import com.outsidein.service.DimensionService;
import com.outsidein.service.InterviewService;
import com.outsidein.service.ObservationService;
import com.outsidein.service.PeopleService;
import com.outsidein.service.TeamService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.entry.QuickEntryViewModel.CodeChoice;
import com.outsidein.ui.task.BackgroundTask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One interview being edited: its details, participants, texts and the observations that quote
 * them. Typed text is committed on the writer lane when typing pauses for a second, the text loses
 * focus, another interview opens or the workspace is about to change; highlights move with the text
 * as it is typed, each edit handled by its changed range ({@link TypedText}), and the view is told
 * which stretches of a text to restyle. It reloads the open interview when it, its observations or
 * people change, and its lists of people, team members, channels and journey stages when those
 * change.
 */
public final class InterviewEditorViewModel implements AutoCloseable {

  /** What the editor shows of one interview, loaded together in the background. */
  private record Loaded(
      Interview interview, List<Person> participants, List<Observation> observations) {}

  /** A stretch of an interview's text to select once the interview is shown. */
  private record Passage(long interviewId, InterviewField field, TextSpan span) {}

  private final InterviewService interviews;
  private final ObservationService observationService;
  private final PeopleService peopleService;
  private final TeamService teamService;
  private final DimensionService dimensions;
  private final Commands commands;
  private final QuickEntryViewModel entry;
  private final WorkspaceEvents.Subscription subscription;
  private final ReadOnlyObjectWrapper<Interview> interview = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
  private final ObservableList<Person> participants = FXCollections.observableArrayList();
  private final ObservableList<Observation> observations = FXCollections.observableArrayList();
  private final ObservableList<Person> people = FXCollections.observableArrayList();
  private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
  private final ObservableList<DimensionValue> channels = FXCollections.observableArrayList();
  private final ObservableList<DimensionValue> stages = FXCollections.observableArrayList();
  private final ObjectProperty<Observation> selectedObservation = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
  private final Map<InterviewField, TypedText> typed = new EnumMap<>(InterviewField.class);
  private final Map<InterviewField, String> saved = new EnumMap<>(InterviewField.class);

  /** The version of each typed text that was last committed. */
  private final Map<InterviewField, Long> savedVersion = new EnumMap<>(InterviewField.class);

  private final Map<InterviewField, Boolean> saving = new EnumMap<>(InterviewField.class);
  private Consumer<InterviewField> textReplaced = field -> {};
  private BiConsumer<InterviewField, TextSpan> passageShown = (field, span) -> {};
  private BiConsumer<InterviewField, TextSpan> restyle = (field, span) -> {};
  private Long openId;
  private long generation;
  private Long pendingSelection;
  private Passage pendingPassage;

  public InterviewEditorViewModel(
      InterviewService interviews,
      ObservationService observations,
      PeopleService people,
      TeamService team,
      DimensionService dimensions,
      WorkspaceEvents events,
      QuickEntryViewModel entry,
      Commands commands) {
    this.interviews = interviews;
    this.observationService = observations;
    this.peopleService = people;
    this.teamService = team;
    this.dimensions = dimensions;
    this.entry = entry;
    this.commands = commands;
    for (InterviewField field : InterviewField.values()) {
      saving.put(field, false);
      typed.put(field, new TypedText(field));
      saved.put(field, "");
      savedVersion.put(field, typed.get(field).version());
    }
    selectedObservation.addListener(
        (obs, old, now) -> {
          restyleMark(old);
          restyleMark(now);
        });
    this.subscription =
        events.subscribe(
            EnumSet.of(
                Topic.INTERVIEWS, Topic.OBSERVATIONS, Topic.PEOPLE, Topic.TEAM, Topic.DIMENSIONS),
            change -> commands.tasks().ui().execute(() -> changed(change)));
    reloadPeople();
    reloadTeam();
    reloadDimensions();
  }

  private void changed(Change change) {
    switch (change.topic()) {
      case INTERVIEWS -> {
        if (openId != null && change.touches(openId)) {
          reloadOpen();
        }
      }
      case OBSERVATIONS -> reloadOpen();
      case PEOPLE -> {
        reloadPeople();
        reloadOpen();
      }
      case TEAM -> reloadTeam();
      case DIMENSIONS -> reloadDimensions();
      default -> {}
    }
  }

  private void reloadPeople() {
    commands.read(Messages.get("interviews.loadFailed"), peopleService::people, people::setAll);
  }

  private void reloadTeam() {
    commands.read(Messages.get("interviews.loadFailed"), teamService::all, team::setAll);
  }

  private void reloadDimensions() {
    commands.read(
        Messages.get("interviews.loadFailed"),
        () ->
            List.of(
                dimensions.values(Dimension.CHANNEL), dimensions.values(Dimension.JOURNEY_STAGE)),
        both -> {
          channels.setAll(both.get(0));
          stages.setAll(both.get(1));
        });
  }

  public ReadOnlyObjectProperty<Interview> interviewProperty() {
    return interview.getReadOnlyProperty();
  }

  /** True while an interview is being opened. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
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

  /**
   * Called with a stretch of a text that must be restyled: its passages were added, removed or
   * moved, or another observation was selected.
   */
  public void onRestyle(BiConsumer<InterviewField, TextSpan> listener) {
    this.restyle = listener;
  }

  /** The text as typed. */
  public String text(InterviewField field) {
    return typed.get(field).text();
  }

  /** The passages of a text that share a character with [from, to), by start. */
  List<TypedText.Mark> marksWithin(InterviewField field, int from, int to) {
    return typed.get(field).marksWithin(from, to);
  }

  /** Where an observation's passage lies in the text as typed, or null when it has none. */
  public Highlight highlightOf(Observation observation) {
    Highlight loaded = observation == null ? null : observation.highlight();
    return loaded == null ? null : typed.get(loaded.field()).highlightOf(observation.id());
  }

  private void restyleMark(Observation observation) {
    Highlight h = highlightOf(observation);
    if (h != null) {
      restyle.accept(h.field(), new TextSpan(h.start(), h.end()));
    }
  }

  /**
   * Opens an interview (null: none). What was typed in the one open before is committed on the
   * writer lane, so the next one shows without waiting for that.
   */
  public void open(Long interviewId) {
    if (Objects.equals(openId, interviewId)) {
      return;
    }
    flush();
    openId = interviewId;
    ++generation;
    for (InterviewField field : InterviewField.values()) {
      saving.put(field, false);
    }
    if (interviewId == null) {
      show(null, generation);
      return;
    }
    reloadOpen();
  }

  /** Loads the open interview again (after a change made here or elsewhere). */
  private void reloadOpen() {
    Long id = openId;
    long mine = generation;
    if (id == null) {
      return;
    }
    loading.set(true);
    BackgroundTask.wrap(() -> load(id))
        .onSuccess(loaded -> show(loaded, mine))
        .onFailure(
            failure -> {
              loading.set(false);
              commands.tasks().reportUnhandled(failure);
            })
        .readWith(commands.tasks());
  }

  private Loaded load(long interviewId) {
    Interview found = interviews.get(interviewId).orElse(null);
    if (found == null) {
      return null;
    }
    return new Loaded(
        found, interviews.participants(interviewId), observationService.ofInterview(interviewId));
  }

  private void show(Loaded loaded, long mine) {
    if (mine != generation) {
      return;
    }
    loading.set(false);
    Interview before = interview.get();
    Long selected = selectedObservation.get() == null ? null : selectedObservation.get().id();
    if (loaded == null) {
      openId = null;
      interview.set(null);
      participants.clear();
      observations.clear();
      selectedObservation.set(null);
      for (InterviewField field : InterviewField.values()) {
        replaceTyped(field, "", Map.of());
      }
      updateDirty();
      entry.setTarget(null, null);
      return;
    }
    boolean other = before == null || before.id() != loaded.interview().id();
    participants.setAll(loaded.participants());
    interview.set(loaded.interview());
    for (InterviewField field : InterviewField.values()) {
      String stored = loaded.interview().text(field);
      // A text the person is typing is never replaced; one changed elsewhere (undo, forget) is.
      if (other || (!isDirty(field) && !stored.equals(saved.get(field)))) {
        replaceTyped(field, stored, highlights(loaded.observations(), field));
      }
    }
    // Passages only move where they differ from what is shown (after a commit: nowhere).
    List<Observation> shown = withTypedHighlights(loaded);
    for (InterviewField field : InterviewField.values()) {
      for (TextSpan span : typed.get(field).setHighlights(highlights(shown, field))) {
        restyle.accept(field, span);
      }
    }
    updateDirty();
    observations.setAll(shown);
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
  void onPassageShown(BiConsumer<InterviewField, TextSpan> shown) {
    this.passageShown = shown;
  }

  /** Selects a passage of an interview's text as soon as that interview is shown (or now). */
  public void showPassage(long interviewId, InterviewField field, TextSpan span) {
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

  /** Shows a text afresh, committed as it is, with these passages; the view shows it anew. */
  private void replaceTyped(InterviewField field, String text, Map<Long, Highlight> highlights) {
    TypedText shown = typed.get(field);
    shown.reset(text, highlights);
    saved.put(field, text);
    savedVersion.put(field, shown.version());
    textReplaced.accept(field);
  }

  private static Map<Long, Highlight> highlights(List<Observation> shown, InterviewField field) {
    Map<Long, Highlight> found = new HashMap<>();
    for (Observation o : shown) {
      if (o.highlight() != null && o.highlight().field() == field) {
        found.put(o.id(), o.highlight());
      }
    }
    return found;
  }

  /**
   * The loaded highlights lie in the loaded text; where the text typed since differs from it, bring
   * them up to date (committing it moves them the same way).
   */
  private List<Observation> withTypedHighlights(Loaded loaded) {
    Map<InterviewField, TextChange> changes = new EnumMap<>(InterviewField.class);
    for (InterviewField field : InterviewField.values()) {
      String stored = loaded.interview().text(field);
      if (isDirty(field) && !stored.equals(text(field))) {
        changes.put(field, TextChange.between(stored, text(field)));
      }
    }
    if (changes.isEmpty()) {
      return loaded.observations();
    }
    List<Observation> shown = new ArrayList<>();
    for (Observation o : loaded.observations()) {
      Highlight h = o.highlight();
      if (h != null && changes.containsKey(h.field())) {
        InterviewField field = h.field();
        h =
            HighlightShift.apply(
                loaded.interview().text(field), text(field), changes.get(field), h);
      }
      shown.add(o.withHighlight(h));
    }
    return shown;
  }

  private boolean isDirty(InterviewField field) {
    return typed.get(field).version() != savedVersion.get(field);
  }

  /**
   * The person edited a text: {@code removed} characters at {@code position} became {@code
   * inserted}. The highlights move with the text and the stretches that now look different are
   * restyled; the view calls {@link #save} when typing pauses.
   */
  public void edited(InterviewField field, int position, int removed, String inserted) {
    for (TextSpan span : typed.get(field).edit(position, removed, inserted)) {
      restyle.accept(field, span);
    }
    updateDirty();
  }

  /** Commits a text now, on the writer lane (typing paused, or the text lost focus). */
  public void save(InterviewField field) {
    Interview current = interview.get();
    if (current == null || !isDirty(field) || saving.get(field)) {
      return;
    }
    String text = text(field);
    long version = typed.get(field).version();
    long mine = generation;
    saving.put(field, true);
    commands.run(
        Messages.get("interviews.saveFailed"),
        () -> interviews.saveText(current.id(), field, text),
        stored -> {
          if (mine != generation) {
            return;
          }
          saving.put(field, false);
          committed(field, text, version);
          if (isDirty(field)) {
            save(field);
          }
        },
        () -> {
          if (mine == generation) {
            saving.put(field, false);
          }
        });
  }

  /** Whether the interview has a transcript already (so importing one asks: replace or append). */
  public boolean hasTranscript() {
    return !text(InterviewField.TRANSCRIPT).isBlank();
  }

  /**
   * Reads a transcript file (.txt, .vtt, .srt, .docx) in the background and puts it in place of the
   * transcript or after it; it is then committed like typed text, highlights moving with it.
   */
  public void importTranscript(Path file, boolean append) {
    if (interview.get() == null) {
      return;
    }
    long mine = generation;
    commands.read(
        Messages.get("interviews.transcriptFailed"),
        () -> new TranscriptReader().read(file),
        read -> {
          if (mine != generation) {
            return;
          }
          String before = text(InterviewField.TRANSCRIPT);
          String now = TranscriptImporter.combine(before, read, append);
          TextChange change = TextChange.between(before, now);
          typed
              .get(InterviewField.TRANSCRIPT)
              .edit(
                  change.position(),
                  change.removed(),
                  now.substring(change.position(), change.position() + change.inserted()));
          updateDirty();
          textReplaced.accept(InterviewField.TRANSCRIPT);
          save(InterviewField.TRANSCRIPT);
        });
  }

  /**
   * Commits every typed text of the open interview on the writer lane, ahead of anything asked for
   * after (an undo, opening another workspace, closing the app).
   */
  public void flush() {
    Interview current = interview.get();
    if (current == null) {
      return;
    }
    long mine = generation;
    for (InterviewField field : InterviewField.values()) {
      if (isDirty(field)) {
        String text = text(field);
        long version = typed.get(field).version();
        commands.run(
            Messages.get("interviews.saveFailed"),
            () -> interviews.saveText(current.id(), field, text),
            stored -> {
              if (mine == generation) {
                committed(field, text, version);
              }
            });
      }
    }
  }

  /** A text was committed as it stood at this version. */
  private void committed(InterviewField field, String text, long version) {
    saved.put(field, text);
    savedVersion.put(field, version);
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
    if (current == null || start >= end) {
      return;
    }
    String text = text(field);
    long version = typed.get(field).version();
    long mine = generation;
    commands.run(
        Messages.get("interviews.quoteFailed"),
        () -> {
          interviews.saveText(current.id(), field, text);
          return observationService.createFromPassage(current.id(), field, start, end);
        },
        created -> {
          if (mine == generation) {
            committed(field, text, version);
            pendingSelection = created.id();
            selectPending();
          }
        });
  }

  /** After a reload, selects the observation just made from a passage. */
  private void selectPending() {
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
    Long id = typed.get(field).observationAt(position);
    if (id == null) {
      return null;
    }
    return observations.stream().filter(o -> o.id() == id).findFirst().orElse(null);
  }

  /** Saves changed details (title, date, channel, journey stage) of the open interview. */
  public void updateDetails(Interview details) {
    commands.run(Messages.get("interviews.editFailed"), () -> interviews.updateDetails(details));
  }

  /** The team member with this name, added on the fly when new. */
  public void setInterviewer(String name) {
    Interview current = interview.get();
    if (current == null) {
      return;
    }
    commands.run(
        Messages.get("interviews.editFailed"),
        () -> {
          Long id =
              name == null || name.isBlank() ? null : teamService.findOrCreate(name, null).id();
          interviews.updateDetails(current.withInterviewerId(id));
        });
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
    if (current != null) {
      commands.run(
          Messages.get("interviews.editFailed"),
          () -> interviews.setParticipants(current.id(), ids));
    }
  }

  /**
   * What "Add code…" offers for the typed text: every code when nothing is typed, else the codes
   * that match and, when no code has exactly that path, a new code of that path.
   */
  public List<CodeChoice> suggestCodes(String typed) {
    return typed == null || typed.isBlank() ? entry.knownCodes() : entry.suggestCodes(typed);
  }

  public void addCode(long observationId, CodeChoice code) {
    commands.run(
        Messages.get("observations.codeFailed"),
        () -> observationService.addCode(List.of(observationId), entry.codeIdOf(code)));
  }

  public void updateObservation(Observation observation) {
    commands.run(
        Messages.get("observations.editFailed"), () -> observationService.update(observation));
  }

  @Override
  public void close() {
    subscription.close();
    entry.close();
  }
}

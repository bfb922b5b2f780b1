package com.outsidein.ui.entry;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Consent;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.service.CodebookService;
import com.outsidein.service.ObservationService;
import com.outsidein.service.PeopleService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick-entry bar's state: what was seen or heard, its kind, who, and its codes. Suggestions
 * for people and codes come from lists it loads in the background when built and again whenever
 * people or codes change. Where a new observation goes (its study, and its interview if any) is set
 * by the screen that shows the bar.
 */
public final class QuickEntryViewModel implements AutoCloseable {

  /** A code to add: an existing code, or a new path to create when the observation is added. */
  public record CodeChoice(Long id, String path) {
    @Override
    public String toString() {
      return path;
    }
  }

  private final PeopleService peopleService;
  private final CodebookService codebook;
  private final ObservationService observations;
  private final Commands commands;
  private final WorkspaceEvents.Subscription subscription;
  private final StringProperty text = new SimpleStringProperty("");
  private final ObjectProperty<ObservationKind> kind =
      new SimpleObjectProperty<>(ObservationKind.SAYS);
  private final StringProperty speakerName = new SimpleStringProperty("");
  private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();
  private final ObjectProperty<Long> studyId = new SimpleObjectProperty<>();
  private final ObjectProperty<Long> interviewId = new SimpleObjectProperty<>();
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final List<Person> people = new CopyOnWriteArrayList<>();
  private final List<Person> preferredPeople = new CopyOnWriteArrayList<>();
  private final List<CodeChoice> knownCodes = new CopyOnWriteArrayList<>();
  private Runnable afterAdd = () -> {};
  private long lookupsAsked;

  public QuickEntryViewModel(
      PeopleService people,
      CodebookService codebook,
      ObservationService observations,
      WorkspaceEvents events,
      Commands commands) {
    this.peopleService = people;
    this.codebook = codebook;
    this.observations = observations;
    this.commands = commands;
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.PEOPLE, Topic.CODES),
            change -> commands.tasks().ui().execute(this::loadLookups));
    loadLookups();
  }

  public StringProperty textProperty() {
    return text;
  }

  public ObjectProperty<ObservationKind> kindProperty() {
    return kind;
  }

  public StringProperty speakerNameProperty() {
    return speakerName;
  }

  public ObservableList<CodeChoice> codes() {
    return codes;
  }

  /** The study new observations go into; without one nothing can be added. */
  public ObjectProperty<Long> studyIdProperty() {
    return studyId;
  }

  public ObjectProperty<Long> interviewIdProperty() {
    return interviewId;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** People suggested first (an interview's participants). */
  public void preferPeople(List<Person> preferred) {
    preferredPeople.clear();
    preferredPeople.addAll(preferred);
  }

  public void setAfterAdd(Runnable afterAdd) {
    this.afterAdd = afterAdd;
  }

  /** Where new observations go: a study (null: none, so nothing can be added) and an interview. */
  public void setTarget(Long studyId, Long interviewId) {
    this.studyId.set(studyId);
    this.interviewId.set(interviewId);
  }

  /** Loads the people and codes that the fields suggest; only the latest answer is used. */
  private void loadLookups() {
    long mine = ++lookupsAsked;
    BackgroundTask.wrap(() -> new Lookups(peopleService.people(), codebook.tree()))
        .onSuccess(
            lookups -> {
              if (mine == lookupsAsked) {
                useLookups(lookups);
              }
            })
        .readWith(commands.tasks());
  }

  private record Lookups(List<Person> people, CodeTree codes) {}

  private void useLookups(Lookups lookups) {
    people.clear();
    people.addAll(lookups.people());
    knownCodes.clear();
    for (Code code : lookups.codes().depthFirst()) {
      knownCodes.add(new CodeChoice(code.id(), lookups.codes().pathOf(code.id())));
    }
  }

  /** Every code of the workspace with its path, in the codebook's order. */
  public List<CodeChoice> knownCodes() {
    return List.copyOf(knownCodes);
  }

  /**
   * The id of a chosen code, creating it first when it is new (with any parents missing). Changes
   * the workspace: call it on the writer lane.
   */
  public long codeIdOf(CodeChoice code) {
    return code.id() != null ? code.id() : codebook.ensurePath(code.path()).id();
  }

  /** People whose name contains the typed words, participants first. Safe off the FX thread. */
  public List<Person> suggestPeople(String typed) {
    String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
    List<Person> matches = new ArrayList<>();
    for (Person p : preferredPeople) {
      if (p.name().toLowerCase(Locale.ROOT).contains(wanted)) {
        matches.add(p);
      }
    }
    for (Person p : people) {
      if (p.name().toLowerCase(Locale.ROOT).contains(wanted)
          && matches.stream().noneMatch(m -> m.id() == p.id())) {
        matches.add(p);
      }
    }
    return matches.subList(0, Math.min(matches.size(), 12));
  }

  /**
   * Codes whose path contains the typed words, and the typed path itself as a new code when no code
   * has exactly that path. Safe off the FX thread.
   */
  public List<CodeChoice> suggestCodes(String typed) {
    String wanted = typed == null ? "" : typed.trim();
    if (wanted.isEmpty()) {
      return List.of();
    }
    String lower = wanted.toLowerCase(Locale.ROOT);
    List<CodeChoice> matches = new ArrayList<>();
    for (CodeChoice code : knownCodes) {
      if (code.path().toLowerCase(Locale.ROOT).contains(lower)) {
        matches.add(code);
      }
    }
    matches.sort(
        (a, b) ->
            Boolean.compare(
                !lastPart(a.path()).toLowerCase(Locale.ROOT).startsWith(lower),
                !lastPart(b.path()).toLowerCase(Locale.ROOT).startsWith(lower)));
    List<CodeChoice> shown = new ArrayList<>(matches.subList(0, Math.min(matches.size(), 12)));
    if (exactCode(wanted).isEmpty()) {
      shown.add(new CodeChoice(null, String.join(Code.PATH_SEPARATOR, CodeTree.splitPath(wanted))));
    }
    return shown;
  }

  private static String lastPart(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private Optional<CodeChoice> exactCode(String path) {
    String normal =
        String.join(Code.PATH_SEPARATOR, CodeTree.splitPath(path)).toLowerCase(Locale.ROOT);
    return knownCodes.stream()
        .filter(c -> c.path().toLowerCase(Locale.ROOT).equals(normal))
        .findFirst();
  }

  /** Adds a code to the observation being written: an existing one, or a new path. */
  public void addCode(CodeChoice choice) {
    CodeChoice known = choice.id() == null ? exactCode(choice.path()).orElse(choice) : choice;
    if (!known.path().isBlank()
        && codes.stream().noneMatch(c -> c.path().equalsIgnoreCase(known.path()))) {
      codes.add(known);
    }
  }

  public void addCodePath(String typed) {
    if (typed != null && !CodeTree.splitPath(typed).isEmpty()) {
      addCode(new CodeChoice(null, typed));
    }
  }

  /**
   * Adds the observation; new codes and a new speaker are created on the way, all in the
   * background.
   */
  public void add() {
    String written = text.get() == null ? "" : text.get().trim();
    Long study = studyId.get();
    if (written.isEmpty() || study == null || busy.get()) {
      if (study == null && !written.isEmpty()) {
        commands.alerts().error(Messages.get("entry.failed"), Messages.get("entry.noStudy"));
      }
      return;
    }
    Long interview = interviewId.get();
    ObservationKind chosenKind = kind.get();
    String speaker = speakerName.get() == null ? "" : speakerName.get().trim();
    List<CodeChoice> chosenCodes = List.copyOf(codes);
    busy.set(true);
    commands.run(
        Messages.get("entry.failed"),
        () -> {
          Long speakerId = speaker.isEmpty() ? null : findOrAddPerson(speaker);
          List<Long> codeIds = new ArrayList<>();
          for (CodeChoice code : chosenCodes) {
            codeIds.add(codeIdOf(code));
          }
          return observations.create(
              new Observation(
                  0,
                  study,
                  interview,
                  speakerId,
                  written,
                  null,
                  chosenKind,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null),
              codeIds);
        },
        created -> {
          busy.set(false);
          text.set("");
          codes.clear();
          afterAdd.run();
        },
        () -> busy.set(false));
  }

  /** The person with this name; else the only one whose name starts with it; else a new person. */
  private Long findOrAddPerson(String name) {
    List<Person> everyone = new ArrayList<>(preferredPeople);
    everyone.addAll(peopleService.people());
    for (Person p : everyone) {
      if (p.name().equalsIgnoreCase(name)) {
        return p.id();
      }
    }
    String prefix = name.toLowerCase(Locale.ROOT);
    List<Long> starting =
        everyone.stream()
            .filter(p -> p.name().toLowerCase(Locale.ROOT).startsWith(prefix))
            .map(Person::id)
            .distinct()
            .toList();
    if (starting.size() == 1) {
      return starting.get(0);
    }
    return peopleService.createPerson(new Person(0, name, null, null, null, Consent.NONE)).id();
  }

  @Override
  public void close() {
    subscription.close();
  }
}

package com.outsidein.ui.screens;

import com.outsidein.domain.Account;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.domain.Study;
import com.outsidein.service.CodebookService;
import com.outsidein.service.DimensionService;
import com.outsidein.service.InterviewService;
import com.outsidein.service.PeopleService;
import com.outsidein.service.StudyService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Formats;
import com.outsidein.ui.Messages;
import com.outsidein.ui.entry.QuickEntryViewModel.CodeChoice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The observation table's filters, each with its choices, and what they choose together. The
 * choices load when the view model asks (after its first rows), and each list again only when its
 * own topic changes: studies, interviews, people and accounts, dimension values, codes. A choice
 * that is gone falls back to "all".
 */
public final class ObservationFilters implements AutoCloseable {

  /** One filter: its choices and what is chosen ("all" by default). */
  public static final class Filter<T> {
    private final ObservableList<Choice<T>> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<T>> chosen = new SimpleObjectProperty<>();
    private final String allLabel;

    Filter(String allLabel) {
      this.allLabel = allLabel;
      choices.add(Choice.all(allLabel));
      chosen.set(choices.get(0));
    }

    public ObservableList<Choice<T>> choices() {
      return choices;
    }

    public ObjectProperty<Choice<T>> chosenProperty() {
      return chosen;
    }

    public T value() {
      return chosen.get() == null ? null : chosen.get().value();
    }

    void setChoices(List<Choice<T>> values, Function<T, Object> key) {
      T current = value();
      List<Choice<T>> all = new ArrayList<>();
      all.add(Choice.all(allLabel));
      all.addAll(values);
      choices.setAll(all);
      Choice<T> keep = all.get(0);
      if (current != null) {
        for (Choice<T> c : all) {
          if (c.value() != null && key.apply(c.value()).equals(key.apply(current))) {
            keep = c;
          }
        }
      }
      chosen.set(keep);
    }

    void clear() {
      chosen.set(choices.get(0));
    }

    /** Chooses the value with this key, if it is among the choices. */
    boolean choose(long id, Function<T, Long> key) {
      for (Choice<T> c : choices) {
        if (c.value() != null && key.apply(c.value()) == id) {
          chosen.set(c);
          return true;
        }
      }
      return false;
    }
  }

  private final StudyService studyService;
  private final InterviewService interviews;
  private final PeopleService people;
  private final DimensionService dimensions;
  private final CodebookService codebook;
  private final Commands commands;
  private final Filter<Study> study = new Filter<>(Messages.get("filter.allStudies"));
  private final Filter<InterviewSummary> interview =
      new Filter<>(Messages.get("filter.allInterviews"));
  private final Filter<Person> person = new Filter<>(Messages.get("filter.allPeople"));
  private final Filter<Account> account = new Filter<>(Messages.get("filter.allAccounts"));
  private final Filter<DimensionValue> segment = new Filter<>(Messages.get("filter.allSegments"));
  private final Filter<ObservationKind> kind = new Filter<>(Messages.get("filter.allKinds"));
  private final Filter<CodeChoice> code = new Filter<>(Messages.get("filter.allCodes"));
  private final Filter<DimensionValue> stage = new Filter<>(Messages.get("filter.allStages"));
  private final Filter<Integer> sentiment = new Filter<>(Messages.get("filter.allSentiments"));
  private final ObservableList<Study> studies = FXCollections.observableArrayList();
  private final ObservableList<DimensionValue> stages = FXCollections.observableArrayList();
  private final ObservableList<CodeChoice> allCodes = FXCollections.observableArrayList();
  private final ObjectProperty<ObservationFilter> chosen =
      new SimpleObjectProperty<>(ObservationFilter.ALL);
  private final Map<Topic, Long> asked = new EnumMap<>(Topic.class);
  private final WorkspaceEvents.Subscription subscription;
  private boolean settingChoices;
  private long[] pendingInterview;

  public ObservationFilters(
      StudyService studies,
      InterviewService interviews,
      PeopleService people,
      DimensionService dimensions,
      CodebookService codebook,
      WorkspaceEvents events,
      Commands commands) {
    this.studyService = studies;
    this.interviews = interviews;
    this.people = people;
    this.dimensions = dimensions;
    this.codebook = codebook;
    this.commands = commands;
    List<Choice<ObservationKind>> kinds = new ArrayList<>();
    for (ObservationKind k : ObservationKind.values()) {
      kinds.add(new Choice<>(k, Messages.of(k)));
    }
    kind.setChoices(kinds, k -> k);
    List<Choice<Integer>> sentiments = new ArrayList<>();
    for (int s = -2; s <= 2; s++) {
      sentiments.add(new Choice<>(s, Formats.sentiment(s)));
    }
    sentiment.setChoices(sentiments, s -> s);
    for (Filter<?> filter : filters()) {
      filter.chosenProperty().addListener((obs, old, now) -> chosenChanged());
    }
    this.subscription =
        events.subscribe(
            EnumSet.of(
                Topic.STUDIES, Topic.INTERVIEWS, Topic.PEOPLE, Topic.DIMENSIONS, Topic.CODES),
            change -> commands.tasks().ui().execute(() -> reload(change)));
  }

  /**
   * Loads every list of choices. The view model asks for it once it has asked for its first rows,
   * so those are read first.
   */
  void load() {
    for (Topic topic :
        List.of(Topic.STUDIES, Topic.INTERVIEWS, Topic.PEOPLE, Topic.DIMENSIONS, Topic.CODES)) {
      load(topic);
    }
  }

  public List<Filter<?>> filters() {
    return List.of(study, interview, person, account, segment, kind, code, stage, sentiment);
  }

  public Filter<Study> study() {
    return study;
  }

  public Filter<InterviewSummary> interview() {
    return interview;
  }

  public Filter<ObservationKind> kind() {
    return kind;
  }

  public Filter<CodeChoice> code() {
    return code;
  }

  /** Every study, as last loaded. */
  public ObservableList<Study> studies() {
    return studies;
  }

  public ObservableList<DimensionValue> journeyStages() {
    return stages;
  }

  public ObservableList<CodeChoice> allCodes() {
    return allCodes;
  }

  /** What the filters choose together; changes once per change the person (or a reload) makes. */
  public ObjectProperty<ObservationFilter> chosenProperty() {
    return chosen;
  }

  public void clear() {
    settingChoices = true;
    filters().forEach(Filter::clear);
    settingChoices = false;
    chosenChanged();
  }

  /**
   * Shows one interview's observations: every other filter cleared. When the interview is not among
   * the choices yet (it was just made), it is chosen once they are loaded.
   */
  public void showInterview(long studyId, long interviewId) {
    settingChoices = true;
    filters().forEach(Filter::clear);
    study.choose(studyId, Study::id);
    boolean found = interview.choose(interviewId, InterviewSummary::id);
    settingChoices = false;
    pendingInterview = found ? null : new long[] {studyId, interviewId};
    if (!found) {
      load(Topic.INTERVIEWS);
    }
    chosenChanged();
  }

  private void chosenChanged() {
    if (!settingChoices) {
      chosen.set(current());
    }
  }

  private ObservationFilter current() {
    return new ObservationFilter(
        study.value() == null ? null : study.value().id(),
        interview.value() == null ? null : interview.value().id(),
        person.value() == null ? null : person.value().id(),
        account.value() == null ? null : account.value().id(),
        segment.value() == null ? null : segment.value().id(),
        kind.value(),
        code.value() == null ? null : code.value().id(),
        stage.value() == null ? null : stage.value().id(),
        sentiment.value());
  }

  private void reload(Change change) {
    load(change.topic());
  }

  private void load(Topic topic) {
    switch (topic) {
      case STUDIES -> read(topic, studyService::all, this::useStudies);
      case INTERVIEWS -> read(topic, () -> interviews.summaries(null), this::useInterviews);
      case PEOPLE ->
          read(topic, () -> new People(people.people(), people.accounts()), this::usePeople);
      case DIMENSIONS ->
          read(
              topic,
              () ->
                  new Values(
                      dimensions.values(Dimension.SEGMENT),
                      dimensions.values(Dimension.JOURNEY_STAGE)),
              this::useValues);
      case CODES -> read(topic, codebook::tree, this::useCodes);
      default -> {}
    }
  }

  private record People(List<Person> people, List<Account> accounts) {}

  private record Values(List<DimensionValue> segments, List<DimensionValue> stages) {}

  /** Reads one list; only the answer to the latest read of a topic is used. */
  private <T> void read(Topic topic, Callable<T> work, Consumer<T> use) {
    long mine = asked.merge(topic, 1L, Long::sum);
    commands.read(
        Messages.get("observations.loadFailed"),
        work,
        result -> {
          if (asked.get(topic) == mine) {
            settingChoices = true;
            try {
              use.accept(result);
            } finally {
              settingChoices = false;
            }
            chosenChanged();
          }
        });
  }

  private void useStudies(List<Study> all) {
    study.setChoices(all.stream().map(s -> new Choice<>(s, s.title())).toList(), Study::id);
    studies.setAll(all);
    if (pendingInterview != null) {
      study.choose(pendingInterview[0], Study::id);
    }
  }

  private void useInterviews(List<InterviewSummary> all) {
    interview.setChoices(
        all.stream().map(i -> new Choice<>(i, i.title())).toList(), InterviewSummary::id);
    if (pendingInterview != null && interview.choose(pendingInterview[1], InterviewSummary::id)) {
      study.choose(pendingInterview[0], Study::id);
      pendingInterview = null;
    }
  }

  private void usePeople(People all) {
    person.setChoices(
        all.people().stream().map(p -> new Choice<>(p, p.name())).toList(), Person::id);
    account.setChoices(
        all.accounts().stream().map(a -> new Choice<>(a, a.name())).toList(), Account::id);
  }

  private void useValues(Values all) {
    segment.setChoices(
        all.segments().stream().map(v -> new Choice<>(v, v.name())).toList(), DimensionValue::id);
    stage.setChoices(
        all.stages().stream().map(v -> new Choice<>(v, v.name())).toList(), DimensionValue::id);
    stages.setAll(all.stages());
  }

  private void useCodes(CodeTree tree) {
    List<CodeChoice> codes =
        tree.depthFirst().stream().map(c -> new CodeChoice(c.id(), tree.pathOf(c.id()))).toList();
    code.setChoices(codes.stream().map(c -> new Choice<>(c, c.path())).toList(), CodeChoice::id);
    allCodes.setAll(codes);
  }

  @Override
  public void close() {
    subscription.close();
  }
}

package com.outsidein.ui.screens;

import com.outsidein.domain.Account;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.DeleteImpact;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Person;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.insights.SelectionToInsightViewModel;
import com.outsidein.ui.task.BackgroundTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The observation table: its filters and their choices, the rows that match, and the commands on
 * selected rows (edit, add or remove a code, delete).
 */
public final class ObservationsViewModel {

  /** How many rows the table holds at once; the count line says when there are more. */
  static final int PAGE_SIZE = 1000;

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

    void setChoices(List<Choice<T>> values, java.util.function.Function<T, Object> key) {
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
  }

  private final Commands commands;
  private final ObservableList<ObservationRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
  private final Filter<Study> study = new Filter<>(Messages.get("filter.allStudies"));
  private final Filter<InterviewSummary> interview =
      new Filter<>(Messages.get("filter.allInterviews"));
  private final Filter<Person> person = new Filter<>(Messages.get("filter.allPeople"));
  private final Filter<Account> account = new Filter<>(Messages.get("filter.allAccounts"));
  private final Filter<DimensionValue> segment = new Filter<>(Messages.get("filter.allSegments"));
  private final Filter<ObservationKind> kind = new Filter<>(Messages.get("filter.allKinds"));
  private final Filter<QuickEntryViewModel.CodeChoice> code =
      new Filter<>(Messages.get("filter.allCodes"));
  private final Filter<DimensionValue> stage = new Filter<>(Messages.get("filter.allStages"));
  private final Filter<Integer> sentiment = new Filter<>(Messages.get("filter.allSentiments"));
  private final ObservableList<DimensionValue> stages = FXCollections.observableArrayList();
  private final ObservableList<QuickEntryViewModel.CodeChoice> allCodes =
      FXCollections.observableArrayList();
  private final QuickEntryViewModel entry;
  private final SelectionToInsightViewModel insightCommands;
  private WorkspaceSession session;
  private long generation;
  private boolean loadingChoices;
  private boolean replacing;
  private List<Study> studies = List.of();
  private long[] pendingInterview;

  public ObservationsViewModel(
      Commands commands, QuickEntryViewModel entry, com.outsidein.service.InsightService insights) {
    this.commands = commands;
    this.entry = entry;
    this.insightCommands = new SelectionToInsightViewModel(insights, commands);
    List<Choice<ObservationKind>> kinds = new ArrayList<>();
    for (ObservationKind k : ObservationKind.values()) {
      kinds.add(new Choice<>(k, Messages.of(k)));
    }
    kind.setChoices(kinds, k -> k);
    List<Choice<Integer>> sentiments = new ArrayList<>();
    for (int s = -2; s <= 2; s++) {
      sentiments.add(new Choice<>(s, com.outsidein.ui.Formats.sentiment(s)));
    }
    sentiment.setChoices(sentiments, s -> s);
    for (Filter<?> filter : filters()) {
      filter
          .chosenProperty()
          .addListener(
              (obs, old, now) -> {
                if (!loadingChoices) {
                  loadRows();
                }
              });
    }
    study
        .chosenProperty()
        .addListener((obs, old, now) -> entry.studyIdProperty().set(defaultStudyId()));
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

  public Filter<QuickEntryViewModel.CodeChoice> code() {
    return code;
  }

  public QuickEntryViewModel entry() {
    return entry;
  }

  /** New insight from the selection, and adding the selection to an insight. */
  public SelectionToInsightViewModel insightCommands() {
    return insightCommands;
  }

  public ObservableList<ObservationRow> rows() {
    return rows;
  }

  public ObservableList<DimensionValue> journeyStages() {
    return stages;
  }

  public ObservableList<QuickEntryViewModel.CodeChoice> allCodes() {
    return allCodes;
  }

  public ReadOnlyStringProperty countTextProperty() {
    return countText.getReadOnlyProperty();
  }

  public void clearFilters() {
    loadingChoices = true;
    filters().forEach(Filter::clear);
    loadingChoices = false;
    loadRows();
  }

  /** Shows the observations of one interview (from the interview editor's "Open in table"). */
  public void showInterview(long studyId, long interviewId) {
    pendingInterview = new long[] {studyId, interviewId};
    loadingChoices = true;
    filters().forEach(Filter::clear);
    study.choices().stream()
        .filter(c -> c.value() != null && c.value().id() == studyId)
        .findFirst()
        .ifPresent(study.chosenProperty()::set);
    interview.choices().stream()
        .filter(c -> c.value() != null && c.value().id() == interviewId)
        .findFirst()
        .ifPresent(interview.chosenProperty()::set);
    loadingChoices = false;
    if (interview.value() != null && interview.value().id() == interviewId) {
      pendingInterview = null;
    }
    loadRows();
  }

  private record Lookups(
      List<Study> studies,
      List<InterviewSummary> interviews,
      List<Person> people,
      List<Account> accounts,
      List<DimensionValue> segments,
      List<DimensionValue> stages,
      CodeTree codes) {}

  public void load(WorkspaceSession session) {
    this.session = session;
    if (session == null) {
      rows.clear();
      countText.set("");
      return;
    }
    BackgroundTask.wrap(
            () ->
                new Lookups(
                    session.studies().all(),
                    session.interviews().summaries(null),
                    session.people().people(),
                    session.people().accounts(),
                    session.dimensions().values(Dimension.SEGMENT),
                    session.dimensions().values(Dimension.JOURNEY_STAGE),
                    session.codebook().tree()))
        .onSuccess(this::useLookups)
        .readWith(commands.tasks());
  }

  private void useLookups(Lookups l) {
    loadingChoices = true;
    study.setChoices(l.studies().stream().map(s -> new Choice<>(s, s.title())).toList(), Study::id);
    interview.setChoices(
        l.interviews().stream().map(i -> new Choice<>(i, i.title())).toList(),
        InterviewSummary::id);
    person.setChoices(l.people().stream().map(p -> new Choice<>(p, p.name())).toList(), Person::id);
    account.setChoices(
        l.accounts().stream().map(a -> new Choice<>(a, a.name())).toList(), Account::id);
    segment.setChoices(
        l.segments().stream().map(v -> new Choice<>(v, v.name())).toList(), DimensionValue::id);
    stage.setChoices(
        l.stages().stream().map(v -> new Choice<>(v, v.name())).toList(), DimensionValue::id);
    List<QuickEntryViewModel.CodeChoice> codes =
        l.codes().depthFirst().stream()
            .map(c -> new QuickEntryViewModel.CodeChoice(c.id(), l.codes().pathOf(c.id())))
            .toList();
    code.setChoices(
        codes.stream().map(c -> new Choice<>(c, c.path())).toList(),
        QuickEntryViewModel.CodeChoice::id);
    allCodes.setAll(codes);
    stages.setAll(l.stages());
    studies = l.studies();
    loadingChoices = false;
    if (pendingInterview != null) {
      showInterview(pendingInterview[0], pendingInterview[1]);
      return;
    }
    entry.studyIdProperty().set(defaultStudyId());
    loadRows();
  }

  /** New observations go into the study shown, else into the study that started last. */
  private Long defaultStudyId() {
    if (study.value() != null) {
      return study.value().id();
    }
    return studies.stream()
        .max(
            java.util.Comparator.comparing(
                s -> s.startsOn() == null ? java.time.LocalDate.MIN : s.startsOn()))
        .map(Study::id)
        .orElse(null);
  }

  /** The study new observations go into, as words for the bar. */
  public String entryStudyTitle() {
    Long id = entry.studyIdProperty().get();
    return studies.stream()
        .filter(s -> id != null && s.id() == id)
        .map(Study::title)
        .findFirst()
        .orElse("");
  }

  private ObservationFilter currentFilter() {
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

  private record Page(List<ObservationRow> rows, int total) {}

  void loadRows() {
    WorkspaceSession current = session;
    if (current == null) {
      return;
    }
    long mine = ++generation;
    ObservationFilter filter = currentFilter();
    BackgroundTask.wrap(
            () ->
                new Page(
                    current.observations().rows(filter, 0, PAGE_SIZE),
                    current.observations().count(filter)))
        .onSuccess(
            page -> {
              if (mine != generation) {
                return;
              }
              replacing = true;
              try {
                rows.setAll(page.rows());
              } finally {
                replacing = false;
              }
              countText.set(
                  page.total() > page.rows().size()
                      ? Messages.get("observations.countPartial", page.rows().size(), page.total())
                      : Messages.get("observations.count", page.total()));
            })
        .readWith(commands.tasks());
  }

  public boolean isReplacing() {
    return replacing;
  }

  public void update(Observation observation) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("observations.editFailed"), () -> current.observations().update(observation));
  }

  public void addCode(Collection<Long> ids, long codeId) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("observations.codeFailed"), () -> current.observations().addCode(ids, codeId));
  }

  public void removeCode(Collection<Long> ids, long codeId) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("observations.codeFailed"),
        () -> current.observations().removeCode(ids, codeId));
  }

  public void impactOfDeleting(Collection<Long> ids, Consumer<DeleteImpact> answer) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("observations.deleteFailed"),
        () -> current.observations().impactOfDeleting(ids),
        answer);
  }

  public void delete(Collection<Long> ids) {
    WorkspaceSession current = session;
    commands.run(
        Messages.get("observations.deleteFailed"), () -> current.observations().delete(ids));
  }
}

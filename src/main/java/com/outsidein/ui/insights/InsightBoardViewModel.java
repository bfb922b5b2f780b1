package com.outsidein.ui.insights;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.Study;
import com.outsidein.service.InsightService;
import com.outsidein.service.StudyService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The insight board: every insight with the strength of its evidence, grouped by facet or knowledge
 * stage; the one selected with its evidence; and the commands that change them. A change naming
 * insights reloads those cards only; a change naming observations reloads the cards resting on them
 * and the evidence shown when it holds one; studies reload the study filter.
 */
public final class InsightBoardViewModel implements AutoCloseable {

  private final InsightService service;
  private final StudyService studyService;
  private final Commands commands;
  private final WorkspaceEvents.Subscription subscription;
  private final ListViewModel<InsightSummary> insights;
  private final ObjectProperty<InsightGrouping> grouping =
      new SimpleObjectProperty<>(InsightGrouping.FACET);
  private final ObservableList<Choice<Study>> studies =
      FXCollections.observableArrayList(List.of(Choice.all(Messages.get("filter.allStudies"))));
  private final ObjectProperty<Choice<Study>> study = new SimpleObjectProperty<>(studies.get(0));
  private final ReadOnlyObjectWrapper<InsightSummary> selected = new ReadOnlyObjectWrapper<>();
  private final ObservableList<AttributedObservation> evidence =
      FXCollections.observableArrayList();
  private Long selectedId;

  /** The selected insight was asked for by id and is to be shown even if the filter hides it. */
  private boolean revealing;

  private long evidenceGeneration;

  /** True while cards named by a change are put in place (as when the whole list is replaced). */
  private boolean merging;

  public InsightBoardViewModel(
      InsightService insights, StudyService studies, WorkspaceEvents events, Commands commands) {
    this.service = insights;
    this.studyService = studies;
    this.commands = commands;
    this.insights = ListViewModel.from(commands.tasks(), insights::summaries);
    this.insights
        .items()
        .addListener((javafx.collections.ListChangeListener<InsightSummary>) c -> reselect());
    // Choosing a study that hides the selected insight selects the first card it shows instead.
    study.addListener(
        (obs, old, now) -> {
          if (find(selectedId) == null) {
            selectedId = null;
            revealing = false;
          }
          reselect();
        });
    this.subscription =
        events.subscribe(
            EnumSet.of(Topic.INSIGHTS, Topic.OBSERVATIONS, Topic.PEOPLE, Topic.STUDIES),
            change -> commands.tasks().ui().execute(() -> onChanged(change)));
    this.insights.reload();
    reloadStudies();
  }

  /**
   * Reloads what the change may have touched. Every reload of cards reselects, and so reloads the
   * evidence shown: an observation in it is one the selected insight rests on.
   */
  private void onChanged(Change change) {
    switch (change.topic()) {
      case INSIGHTS -> {
        if (change.ids().isEmpty()) {
          insights.reload();
        } else {
          reloadCards(change.ids());
        }
      }
      case OBSERVATIONS -> {
        if (change.ids().isEmpty()) {
          insights.reload();
        } else {
          commands.read(
              Messages.get("insight.loadFailed"),
              () -> service.restingOn(change.ids()),
              resting -> {
                if (!resting.isEmpty()) {
                  reloadCards(Set.copyOf(resting));
                }
              });
        }
      }
      case PEOPLE -> insights.reload();
      case STUDIES -> reloadStudies();
      default -> {}
    }
  }

  /**
   * Reloads the cards of these insights: each is replaced, added or (when gone) removed where it
   * stands. While the whole list is loading, that load is begun anew instead.
   */
  private void reloadCards(Set<Long> ids) {
    if (insights.loadingProperty().get()) {
      insights.reload();
      return;
    }
    commands.read(
        Messages.get("insight.loadFailed"),
        () -> service.summaries(ids),
        loaded -> {
          if (!insights.loadingProperty().get()) {
            merge(ids, loaded);
          }
        });
  }

  private void merge(Set<Long> ids, List<InsightSummary> loaded) {
    Map<Long, InsightSummary> byId = new HashMap<>();
    loaded.forEach(s -> byId.put(s.id(), s));
    List<InsightSummary> now = new ArrayList<>();
    for (InsightSummary shown : insights.items()) {
      if (!ids.contains(shown.id())) {
        now.add(shown);
      } else if (byId.containsKey(shown.id())) {
        now.add(byId.remove(shown.id()));
      }
    }
    now.addAll(byId.values());
    merging = true;
    try {
      insights.items().setAll(now);
    } finally {
      merging = false;
    }
  }

  /** Whether the board is loading its cards. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return insights.loadingProperty();
  }

  public ObservableList<InsightSummary> insights() {
    return insights.items();
  }

  public ObjectProperty<InsightGrouping> groupingProperty() {
    return grouping;
  }

  /** "All studies" and every study: the board shows the insights of the one chosen. */
  public ObservableList<Choice<Study>> studies() {
    return studies;
  }

  public ObjectProperty<Choice<Study>> studyProperty() {
    return study;
  }

  /** The study the board shows (null: every study); new insights made on the board go there. */
  public Long studyId() {
    Choice<Study> chosen = study.get();
    return chosen == null || chosen.isAll() ? null : chosen.value().id();
  }

  private boolean shown(InsightSummary summary) {
    Long shownStudy = studyId();
    return shownStudy == null || shownStudy.equals(summary.insight().studyId());
  }

  public ReadOnlyObjectProperty<InsightSummary> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** The selected insight's evidence, in its order. */
  public ObservableList<AttributedObservation> evidence() {
    return evidence;
  }

  /** The insights in one column of the board, strongest evidence first. */
  public List<InsightSummary> inGroup(Enum<?> group) {
    return insights.items().stream()
        .filter(s -> shown(s) && grouping.get().groupOf(s.insight()) == group)
        .sorted(
            java.util.Comparator.comparingInt(InsightSummary::people)
                .thenComparingInt(InsightSummary::evidence)
                .reversed()
                .thenComparing(s -> s.insight().title(), String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private void reloadStudies() {
    commands.read(Messages.get("insight.loadFailed"), studyService::all, this::useStudies);
  }

  /** Lists the studies, keeping the one chosen while it still exists. */
  private void useStudies(List<Study> all) {
    Long chosen = studyId();
    List<Choice<Study>> choices = new ArrayList<>();
    choices.add(Choice.all(Messages.get("filter.allStudies")));
    all.forEach(s -> choices.add(new Choice<>(s, s.title())));
    Choice<Study> keep =
        choices.stream()
            .filter(c -> !c.isAll() && c.value().id() == (chosen == null ? -1 : chosen))
            .findFirst()
            .orElse(choices.get(0));
    studies.setAll(choices);
    study.set(keep);
  }

  /** Selects an insight by id (null: none) and loads its evidence. */
  public void select(Long insightId) {
    selectedId = insightId;
    revealing = insightId != null;
    reselect();
  }

  /**
   * Keeps the selected insight selected across reloads; when there is none, the first card of the
   * board is selected, so the detail beside it is never blank while there are insights. An insight
   * asked for that the study filter hides (opened from search, a citation, or made from
   * observations of another study) brings every study back; one moved out of the study shown leaves
   * the board.
   */
  private void reselect() {
    if (revealing && hiddenByStudy(selectedId)) {
      revealing = false;
      study.set(studies.get(0));
      return;
    }
    InsightSummary now = find(selectedId);
    if (now != null) {
      revealing = false;
    }
    if (now == null && (selectedId == null || insights.isReplacing() || merging)) {
      now =
          grouping.get().groups().stream()
              .flatMap(g -> inGroup(g).stream())
              .findFirst()
              .orElse(null);
      selectedId = now == null ? null : now.id();
    }
    selected.set(now);
    loadEvidence(now);
  }

  private boolean hiddenByStudy(Long id) {
    return id != null && insights.items().stream().anyMatch(s -> s.id() == id && !shown(s));
  }

  /** The insight with this id while the board shows it; null otherwise. */
  private InsightSummary find(Long id) {
    return id == null
        ? null
        : insights.items().stream().filter(s -> s.id() == id && shown(s)).findFirst().orElse(null);
  }

  private void loadEvidence(InsightSummary summary) {
    long mine = ++evidenceGeneration;
    if (summary == null) {
      evidence.clear();
      return;
    }
    commands.read(
        Messages.get("insight.loadFailed"),
        () -> service.evidence(summary.id()),
        loaded -> {
          if (mine == evidenceGeneration) {
            evidence.setAll(loaded);
          }
        });
  }

  /** Saves an edited insight (title, statement, facet, stage, confidence, impact, status). */
  public void save(Insight insight) {
    commands.run(Messages.get("insight.saveFailed"), () -> service.update(insight));
  }

  public void addEvidence(long insightId, Collection<Long> observationIds) {
    List<Long> ids = List.copyOf(observationIds);
    if (!ids.isEmpty()) {
      commands.run(
          Messages.get("insight.evidenceFailed"), () -> service.addEvidence(insightId, ids));
    }
  }

  public void removeEvidence(long insightId, Collection<Long> observationIds) {
    List<Long> ids = List.copyOf(observationIds);
    if (!ids.isEmpty()) {
      commands.run(
          Messages.get("insight.evidenceFailed"), () -> service.removeEvidence(insightId, ids));
    }
  }

  /**
   * The New insight dialog's state for an insight with no evidence yet, in the study the board
   * shows; the insight made is selected once it is on the board.
   */
  public NewInsightViewModel newInsight() {
    return new NewInsightViewModel(service, commands, studyId(), List.of(), this::selectCreated);
  }

  private void selectCreated(Insight created) {
    select(created.id());
  }

  public void delete(long insightId) {
    commands.run(Messages.get("insight.deleteFailed"), () -> service.delete(insightId));
  }

  @Override
  public void close() {
    subscription.close();
  }
}

package com.outsidein.ui.insights;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Choice;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The insight board: every insight with the strength of its evidence, grouped by facet or knowledge
 * stage; the one selected with its evidence; and the commands that change them.
 */
public final class InsightBoardViewModel {

  private final Commands commands;
  private final ListViewModel<InsightSummary> insights;
  private final ObjectProperty<InsightGrouping> grouping =
      new SimpleObjectProperty<>(InsightGrouping.FACET);
  private final ObservableList<Choice<Study>> studies =
      FXCollections.observableArrayList(List.of(Choice.all(Messages.get("filter.allStudies"))));
  private final ObjectProperty<Choice<Study>> study = new SimpleObjectProperty<>(studies.get(0));
  private final ReadOnlyObjectWrapper<InsightSummary> selected = new ReadOnlyObjectWrapper<>();
  private final ObservableList<AttributedObservation> evidence =
      FXCollections.observableArrayList();
  private WorkspaceSession session;
  private Long selectedId;

  /** The selected insight was asked for by id and is to be shown even if the filter hides it. */
  private boolean revealing;

  private long evidenceGeneration;

  public InsightBoardViewModel(Commands commands) {
    this.commands = commands;
    this.insights = new ListViewModel<>(commands.tasks(), s -> s.insights().summaries());
    insights
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

  public void load(WorkspaceSession session) {
    this.session = session;
    insights.load(session);
    if (session == null) {
      select(null);
      return;
    }
    commands.run(Messages.get("insight.loadFailed"), session.studies()::all, this::useStudies);
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
    if (now == null && (selectedId == null || insights.isReplacing())) {
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
    WorkspaceSession current = session;
    if (summary == null || current == null) {
      evidence.clear();
      return;
    }
    BackgroundTask.wrap(() -> current.insights().evidence(summary.id()))
        .onSuccess(
            loaded -> {
              if (mine == evidenceGeneration) {
                evidence.setAll(loaded);
              }
            })
        .readWith(commands.tasks());
  }

  /** Saves an edited insight (title, statement, facet, stage, confidence, impact, status). */
  public void save(Insight insight) {
    WorkspaceSession current = session;
    if (current != null) {
      commands.run(Messages.get("insight.saveFailed"), () -> current.insights().update(insight));
    }
  }

  public void addEvidence(long insightId, Collection<Long> observationIds) {
    WorkspaceSession current = session;
    if (current != null && !observationIds.isEmpty()) {
      commands.run(
          Messages.get("insight.evidenceFailed"),
          () -> current.insights().addEvidence(insightId, observationIds));
    }
  }

  public void removeEvidence(long insightId, Collection<Long> observationIds) {
    WorkspaceSession current = session;
    if (current != null && !observationIds.isEmpty()) {
      commands.run(
          Messages.get("insight.evidenceFailed"),
          () -> current.insights().removeEvidence(insightId, observationIds));
    }
  }

  /** Adds an insight with no evidence yet, and selects it once it is on the board. */
  public void create(Insight draft) {
    WorkspaceSession current = session;
    if (current != null) {
      commands.run(
          Messages.get("insight.createFailed"),
          () -> current.insights().create(draft, List.of()),
          created -> select(created.id()));
    }
  }

  public void delete(long insightId) {
    WorkspaceSession current = session;
    if (current != null) {
      commands.run(
          Messages.get("insight.deleteFailed"), () -> current.insights().delete(insightId));
    }
  }
}

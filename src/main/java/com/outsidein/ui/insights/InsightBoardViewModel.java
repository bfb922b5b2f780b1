package com.outsidein.ui.insights;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightSummary;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
  private final ReadOnlyObjectWrapper<InsightSummary> selected = new ReadOnlyObjectWrapper<>();
  private final ObservableList<AttributedObservation> evidence =
      FXCollections.observableArrayList();
  private WorkspaceSession session;
  private Long selectedId;
  private long evidenceGeneration;

  public InsightBoardViewModel(Commands commands) {
    this.commands = commands;
    this.insights = new ListViewModel<>(commands.tasks(), s -> s.insights().summaries());
    insights
        .items()
        .addListener((javafx.collections.ListChangeListener<InsightSummary>) c -> reselect());
  }

  public ObservableList<InsightSummary> insights() {
    return insights.items();
  }

  public ObjectProperty<InsightGrouping> groupingProperty() {
    return grouping;
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
        .filter(s -> grouping.get().groupOf(s.insight()) == group)
        .sorted(
            java.util.Comparator.comparingInt(InsightSummary::people)
                .thenComparingInt(InsightSummary::evidence)
                .reversed()
                .thenComparing(s -> s.insight().title(), String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** How many insights each column holds. */
  public Map<Enum<?>, Long> groupSizes() {
    return insights.items().stream()
        .collect(
            Collectors.groupingBy(s -> grouping.get().groupOf(s.insight()), Collectors.counting()));
  }

  public void load(WorkspaceSession session) {
    this.session = session;
    insights.load(session);
    if (session == null) {
      select(null);
    }
  }

  /** Selects an insight by id (null: none) and loads its evidence. */
  public void select(Long insightId) {
    selectedId = insightId;
    reselect();
  }

  /**
   * Keeps the selected insight selected across reloads; when there is none, the first card of the
   * board is selected, so the detail beside it is never blank while there are insights.
   */
  private void reselect() {
    InsightSummary now = find(selectedId);
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

  private InsightSummary find(Long id) {
    return id == null
        ? null
        : insights.items().stream().filter(s -> s.id() == id).findFirst().orElse(null);
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
        .executeWith(commands.tasks());
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

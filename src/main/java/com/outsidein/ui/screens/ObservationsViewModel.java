package com.outsidein.ui.screens;

import com.outsidein.domain.DeleteImpact;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Study;
import com.outsidein.service.ObservationService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.insights.SelectionToInsightViewModel;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The observation table: its filters, the rows that match, the quick entry bar above it and the
 * commands on selected rows (edit, add or remove a code, delete, insights). Loads itself when
 * built; a change to some observations reads only those rows again, a change to what the rows show
 * of other things (studies, interviews, people, dimension values, codes) reads the page again.
 */
public final class ObservationsViewModel implements AutoCloseable {

  /** The topics whose changes alter what the rows show. */
  static final EnumSet<Topic> TOPICS =
      EnumSet.of(
          Topic.OBSERVATIONS,
          Topic.STUDIES,
          Topic.INTERVIEWS,
          Topic.PEOPLE,
          Topic.DIMENSIONS,
          Topic.CODES);

  private final ObservationService observations;
  private final ObservationFilters filters;
  private final QuickEntryViewModel entry;
  private final SelectionToInsightViewModel insightCommands;
  private final Commands commands;
  private final ObservationRows rows;
  private final ReadOnlyStringWrapper entryTarget = new ReadOnlyStringWrapper("");
  private final WorkspaceEvents.Subscription subscription;

  public ObservationsViewModel(
      ObservationService observations,
      ObservationFilters filters,
      QuickEntryViewModel entry,
      SelectionToInsightViewModel insightCommands,
      WorkspaceEvents events,
      Commands commands) {
    this.observations = observations;
    this.filters = filters;
    this.entry = entry;
    this.insightCommands = insightCommands;
    this.commands = commands;
    this.rows = new ObservationRows(observations, commands.tasks());
    filters.chosenProperty().addListener((obs, old, now) -> rows.show(now));
    filters.study().chosenProperty().addListener((obs, old, now) -> aimEntry());
    filters.studies().addListener((ListChangeListener<Study>) change -> aimEntry());
    aimEntry();
    this.subscription =
        events.subscribe(TOPICS, change -> commands.tasks().ui().execute(() -> onChanged(change)));
    rows.show(filters.chosenProperty().get());
    filters.load();
  }

  private void onChanged(Change change) {
    if (change.topic() == Topic.OBSERVATIONS && !change.ids().isEmpty()) {
      rows.changed(change.ids());
    } else {
      rows.reload();
    }
  }

  public List<ObservationFilters.Filter<?>> filters() {
    return filters.filters();
  }

  public ObservationFilters.Filter<Study> study() {
    return filters.study();
  }

  public ObservationFilters.Filter<InterviewSummary> interview() {
    return filters.interview();
  }

  public ObservationFilters.Filter<ObservationKind> kind() {
    return filters.kind();
  }

  public ObservationFilters.Filter<QuickEntryViewModel.CodeChoice> code() {
    return filters.code();
  }

  public QuickEntryViewModel entry() {
    return entry;
  }

  /** New insight from the selection, and adding the selection to an insight. */
  public SelectionToInsightViewModel insightCommands() {
    return insightCommands;
  }

  public ObservableList<ObservationRow> rows() {
    return rows.items();
  }

  /** True while the rows of the chosen filters are on their way. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return rows.loadingProperty();
  }

  public ObservableList<DimensionValue> journeyStages() {
    return filters.journeyStages();
  }

  public ObservableList<QuickEntryViewModel.CodeChoice> allCodes() {
    return filters.allCodes();
  }

  public ReadOnlyStringProperty countTextProperty() {
    return rows.countTextProperty();
  }

  /** True while the rows are replaced by what was read anew (selection changes are not ours). */
  public boolean isReplacing() {
    return rows.isReplacing();
  }

  public void clearFilters() {
    filters.clear();
  }

  /** Shows the observations of one interview (from the interview editor's "Open in table"). */
  public void showInterview(long studyId, long interviewId) {
    filters.showInterview(studyId, interviewId);
  }

  /** New observations go into the study shown, else into the study that started last. */
  private Long defaultStudyId() {
    Study shown = filters.study().value();
    if (shown != null) {
      return shown.id();
    }
    return filters.studies().stream()
        .max(Comparator.comparing(s -> s.startsOn() == null ? LocalDate.MIN : s.startsOn()))
        .map(Study::id)
        .orElse(null);
  }

  /** Points the quick entry at the study new observations go into, and says which it is. */
  private void aimEntry() {
    Long id = defaultStudyId();
    entry.studyIdProperty().set(id);
    entryTarget.set(
        id == null
            ? Messages.get("entry.noStudy")
            : Messages.get(
                "entry.into",
                filters.studies().stream()
                    .filter(s -> s.id() == id)
                    .map(Study::title)
                    .findFirst()
                    .orElse("")));
  }

  /** Where new observations go, as words for the bar ("New observations go into …"). */
  public ReadOnlyStringProperty entryTargetProperty() {
    return entryTarget.getReadOnlyProperty();
  }

  public void update(Observation observation) {
    commands.run(Messages.get("observations.editFailed"), () -> observations.update(observation));
  }

  public void addCode(Collection<Long> ids, long codeId) {
    commands.run(Messages.get("observations.codeFailed"), () -> observations.addCode(ids, codeId));
  }

  public void removeCode(Collection<Long> ids, long codeId) {
    commands.run(
        Messages.get("observations.codeFailed"), () -> observations.removeCode(ids, codeId));
  }

  public void impactOfDeleting(Collection<Long> ids, Consumer<DeleteImpact> answer) {
    commands.read(
        Messages.get("observations.deleteFailed"),
        () -> observations.impactOfDeleting(ids),
        answer);
  }

  public void delete(Collection<Long> ids) {
    commands.run(Messages.get("observations.deleteFailed"), () -> observations.delete(ids));
  }

  @Override
  public void close() {
    subscription.close();
    filters.close();
    entry.close();
  }
}

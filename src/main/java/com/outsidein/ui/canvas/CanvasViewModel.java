package com.outsidein.ui.canvas;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasContent;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.Study;
import com.outsidein.domain.TeamMember;
import com.outsidein.service.CanvasService;
import com.outsidein.service.InsightService;
import com.outsidein.service.ObservationService;
import com.outsidein.service.StudyService;
import com.outsidein.service.TeamService;
import com.outsidein.service.WorkspaceEvents;
import com.outsidein.service.WorkspaceEvents.Change;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The canvases and the one being worked on: every command the canvas view offers. Loads itself;
 * reloads the list when canvases change, and the canvas shown when it changes, when an insight or
 * observation it cites changes, or when the studies, team or people it names do.
 */
public final class CanvasViewModel implements AutoCloseable {

  /** Something an answer can cite, as the "Cite…" picker lists it. */
  public record Citable(CitationTarget target, String label) {}

  /** The most observations the "Cite…" picker lists (the newest). */
  private static final int CITABLE_OBSERVATIONS = 5000;

  private final CanvasService canvases;
  private final StudyService studyService;
  private final TeamService teamService;
  private final InsightService insights;
  private final ObservationService observations;
  private final Commands commands;
  private final ListViewModel<CanvasSummary> list;
  private final ReadOnlyObjectWrapper<CanvasContent> content = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Study> studies = FXCollections.observableArrayList();
  private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
  private final WorkspaceEvents.Subscription subscription;
  private Long shown;
  private long generation;

  public CanvasViewModel(
      CanvasService canvases,
      StudyService studies,
      TeamService team,
      InsightService insights,
      ObservationService observations,
      WorkspaceEvents events,
      Commands commands) {
    this.canvases = canvases;
    this.studyService = studies;
    this.teamService = team;
    this.insights = insights;
    this.observations = observations;
    this.commands = commands;
    this.list = ListViewModel.from(commands.tasks(), canvases::summaries);
    this.subscription =
        events.subscribe(
            EnumSet.of(
                Topic.CANVASES,
                Topic.INSIGHTS,
                Topic.OBSERVATIONS,
                Topic.PEOPLE,
                Topic.STUDIES,
                Topic.TEAM),
            change -> commands.tasks().ui().execute(() -> onChanged(change)));
    list.reload();
    reloadStudies();
    reloadTeam();
  }

  private void onChanged(Change change) {
    switch (change.topic()) {
      case CANVASES -> {
        list.reload();
        if (shown != null && change.touches(shown)) {
          show(shown);
        }
      }
      case INSIGHTS, OBSERVATIONS -> {
        if (cites(content.get(), change)) {
          show(shown);
        }
      }
      case STUDIES -> {
        reloadStudies();
        show(shown);
      }
      case TEAM -> {
        reloadTeam();
        show(shown);
      }
      default -> show(shown);
    }
  }

  /** Whether the canvas cites an insight or observation the change may have touched. */
  static boolean cites(CanvasContent shownContent, Change change) {
    if (shownContent == null) {
      return false;
    }
    CitationTarget.Kind kind =
        change.topic() == Topic.INSIGHTS
            ? CitationTarget.Kind.INSIGHT
            : CitationTarget.Kind.OBSERVATION;
    return shownContent.prompts().stream()
        .flatMap(p -> p.entries().stream())
        .flatMap(e -> e.citations().stream())
        .anyMatch(c -> c.target().kind() == kind && change.touches(c.target().id()));
  }

  private void reloadStudies() {
    commands.read(Messages.get("canvas.loadFailed"), studyService::all, studies::setAll);
  }

  private void reloadTeam() {
    commands.read(Messages.get("canvas.loadFailed"), teamService::all, team::setAll);
  }

  public ListViewModel<CanvasSummary> list() {
    return list;
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return list.loadingProperty();
  }

  /** The canvas shown, or null (none chosen, or it is gone). */
  public ReadOnlyObjectProperty<CanvasContent> contentProperty() {
    return content.getReadOnlyProperty();
  }

  public ObservableList<Study> studies() {
    return studies;
  }

  /** Team members whose name holds the typed text, ignoring case (to pick an owner from). */
  public List<TeamMember> membersMatching(String typed) {
    return TeamMember.matching(team, typed);
  }

  /** Shows a canvas (null: none); a canvas that is no longer there shows as none. */
  public void show(Long canvasId) {
    shown = canvasId;
    long mine = ++generation;
    if (canvasId == null) {
      content.set(null);
      return;
    }
    commands.read(
        Messages.get("canvas.loadFailed"),
        () ->
            canvases.summaries().stream().anyMatch(s -> s.canvas().id() == canvasId)
                ? canvases.content(canvasId)
                : null,
        loaded -> {
          if (mine == generation) {
            content.set(loaded);
          }
        });
  }

  private void edit(String failure, Runnable change) {
    commands.run(failure, change);
  }

  private void edit(Runnable change) {
    edit(Messages.get("canvas.editFailed"), change);
  }

  private <T> void read(Callable<T> query, Consumer<T> answer) {
    commands.read(Messages.get("canvas.loadFailed"), query, answer);
  }

  /** The team member with this name, added on the fly; null for no name (on the writer lane). */
  private Long memberId(String name) {
    return name == null || name.isBlank() ? null : teamService.findOrCreate(name, null).id();
  }

  public void create(String title, Consumer<Canvas> created) {
    commands.run(
        Messages.get("canvas.editFailed"),
        () -> canvases.create(new Canvas(0, title, null, null, CanvasStatus.DRAFT)),
        created);
  }

  public void update(Canvas canvas) {
    edit(() -> canvases.update(canvas));
  }

  /** The team member with this name (added on the fly) becomes the canvas's owner. */
  public void setOwner(Canvas canvas, String name) {
    edit(() -> canvases.update(canvas.withOwner(memberId(name))));
  }

  public void delete(long canvasId) {
    edit(() -> canvases.delete(canvasId));
  }

  public void addEntry(long promptId, String answer) {
    edit(() -> canvases.addEntry(CanvasEntry.answer(promptId, answer), List.of()));
  }

  public void updateEntry(CanvasEntry entry) {
    edit(() -> canvases.updateEntry(entry));
  }

  /** The team member with this name (added on the fly) owns the entry. */
  public void setEntryOwner(CanvasEntry entry, String name) {
    edit(() -> canvases.updateEntry(entry.withOwner(memberId(name))));
  }

  public void deleteEntry(long entryId) {
    edit(() -> canvases.deleteEntry(entryId));
  }

  public void cite(long entryId, CitationTarget target) {
    edit(Messages.get("canvas.citeFailed"), () -> canvases.cite(entryId, target));
  }

  public void uncite(long entryId, CitationTarget target) {
    edit(Messages.get("canvas.citeFailed"), () -> canvases.uncite(entryId, target));
  }

  /** Everything that can be cited: insights first, then observations (newest first). */
  public void citables(Consumer<List<Citable>> answer) {
    read(
        () -> {
          List<Citable> all = new ArrayList<>();
          insights
              .summaries()
              .forEach(
                  i ->
                      all.add(
                          new Citable(
                              CitationTarget.insight(i.insight().id()),
                              Messages.get(
                                  "canvas.citeInsight", i.insight().title(), i.evidence()))));
          observations
              .rows(ObservationFilter.ALL, 0, CITABLE_OBSERVATIONS)
              .forEach(
                  r ->
                      all.add(
                          new Citable(
                              CitationTarget.observation(r.id()),
                              Messages.get(
                                  "canvas.citeObservation",
                                  r.observation().quote() != null
                                      ? "“" + r.observation().quote() + "”"
                                      : r.observation().text(),
                                  r.speaker() == null ? "—" : r.speaker()))));
          return all;
        },
        answer);
  }

  public void addPrompt(long canvasId, CanvasSection section, String text) {
    edit(() -> canvases.addPrompt(canvasId, section, text));
  }

  public void renamePrompt(long promptId, String text) {
    edit(() -> canvases.renamePrompt(promptId, text));
  }

  public void movePrompt(long promptId, int step) {
    edit(() -> canvases.movePrompt(promptId, step));
  }

  public void deletePrompt(long promptId) {
    edit(() -> canvases.deletePrompt(promptId));
  }

  public void addCommitment(long canvasId, String text) {
    edit(() -> canvases.addManifestoItem(canvasId, text));
  }

  public void updateCommitment(ManifestoItem item) {
    edit(() -> canvases.updateManifestoItem(item));
  }

  public void deleteCommitment(long canvasId, long itemId) {
    edit(() -> canvases.deleteManifestoItem(canvasId, itemId));
  }

  public void freeze(long canvasId, String label, Consumer<CanvasVersion> frozen) {
    commands.run(
        Messages.get("canvas.freezeFailed"), () -> canvases.freeze(canvasId, label), frozen);
  }

  /** The versions dialog's state for the canvas: its frozen versions (none yet: an empty list). */
  public void versions(long canvasId, Consumer<VersionsViewModel> answer) {
    read(
        () -> canvases.versions(canvasId),
        versions -> answer.accept(new VersionsViewModel(canvases, commands, canvasId, versions)));
  }

  @Override
  public void close() {
    subscription.close();
  }
}

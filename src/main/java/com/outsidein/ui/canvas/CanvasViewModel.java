package com.outsidein.ui.canvas;

import com.outsidein.domain.Canvas;
import com.outsidein.domain.CanvasComparison;
import com.outsidein.domain.CanvasContent;
import com.outsidein.domain.CanvasEntry;
import com.outsidein.domain.CanvasSection;
import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.domain.CitationTarget;
import com.outsidein.domain.FrozenEntry;
import com.outsidein.domain.ManifestoItem;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.Study;
import com.outsidein.domain.TeamMember;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.ListViewModel;
import com.outsidein.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The canvases and the one being worked on: every command the canvas view offers. */
public final class CanvasViewModel {

  /** Something an answer can cite, as the "Cite…" picker lists it. */
  public record Citable(CitationTarget target, String label) {}

  private final Commands commands;
  private final ListViewModel<CanvasSummary> list;
  private final ObjectProperty<CanvasContent> content = new SimpleObjectProperty<>();
  private final ObservableList<Study> studies = FXCollections.observableArrayList();
  private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
  private WorkspaceSession session;
  private Long shown;
  private long generation;

  public CanvasViewModel(Commands commands) {
    this.commands = commands;
    this.list = new ListViewModel<>(commands.tasks(), s -> s.canvases().summaries());
  }

  public ListViewModel<CanvasSummary> list() {
    return list;
  }

  /** The canvas shown, or null. */
  public ObjectProperty<CanvasContent> contentProperty() {
    return content;
  }

  public ObservableList<Study> studies() {
    return studies;
  }

  public ObservableList<TeamMember> team() {
    return team;
  }

  public void load(WorkspaceSession session) {
    this.session = session;
    list.load(session);
    if (session != null) {
      commands.run(Messages.get("canvas.loadFailed"), session.studies()::all, studies::setAll);
      commands.run(Messages.get("canvas.loadFailed"), session.team()::all, team::setAll);
    }
    show(shown);
  }

  public void show(Long canvasId) {
    shown = canvasId;
    WorkspaceSession current = session;
    long mine = ++generation;
    if (current == null || canvasId == null) {
      content.set(null);
      return;
    }
    commands.run(
        Messages.get("canvas.loadFailed"),
        () ->
            current.canvases().summaries().stream().anyMatch(s -> s.canvas().id() == canvasId)
                ? current.canvases().content(canvasId)
                : null,
        loaded -> {
          if (mine == generation) {
            content.set(loaded);
          }
        });
  }

  /** Changes the workspace in the background; a failure is reported as an edit that failed. */
  private void edit(Consumer<WorkspaceSession> change) {
    edit(Messages.get("canvas.editFailed"), change);
  }

  private void edit(String failure, Consumer<WorkspaceSession> change) {
    WorkspaceSession current = session;
    commands.run(failure, () -> change.accept(current));
  }

  /** Reads or changes the workspace in the background and hands the answer to {@code done}. */
  private <T> void run(String failure, Function<WorkspaceSession, T> work, Consumer<T> done) {
    WorkspaceSession current = session;
    commands.run(failure, () -> work.apply(current), done);
  }

  private <T> void read(Function<WorkspaceSession, T> query, Consumer<T> answer) {
    run(Messages.get("canvas.loadFailed"), query, answer);
  }

  /** The team member with this name, added on the fly; null for no name. */
  private static Long memberId(WorkspaceSession session, String name) {
    return name == null || name.isBlank() ? null : session.team().findOrCreate(name, null).id();
  }

  public void create(String title, Consumer<Canvas> created) {
    run(
        Messages.get("canvas.editFailed"),
        s -> s.canvases().create(new Canvas(0, title, null, null, CanvasStatus.DRAFT)),
        created);
  }

  public void update(Canvas canvas) {
    edit(s -> s.canvases().update(canvas));
  }

  /** The team member with this name (added on the fly) becomes the canvas's owner. */
  public void setOwner(Canvas canvas, String name) {
    edit(s -> s.canvases().update(canvas.withOwner(memberId(s, name))));
  }

  public void delete(long canvasId) {
    edit(s -> s.canvases().delete(canvasId));
  }

  public void addEntry(long promptId, String answer) {
    edit(s -> s.canvases().addEntry(CanvasEntry.answer(promptId, answer), List.of()));
  }

  public void updateEntry(CanvasEntry entry) {
    edit(s -> s.canvases().updateEntry(entry));
  }

  /** The team member with this name (added on the fly) owns the entry. */
  public void setEntryOwner(CanvasEntry entry, String name) {
    edit(s -> s.canvases().updateEntry(entry.withOwner(memberId(s, name))));
  }

  public void deleteEntry(long entryId) {
    edit(s -> s.canvases().deleteEntry(entryId));
  }

  public void cite(long entryId, CitationTarget target) {
    edit(Messages.get("canvas.citeFailed"), s -> s.canvases().cite(entryId, target));
  }

  public void uncite(long entryId, CitationTarget target) {
    edit(Messages.get("canvas.citeFailed"), s -> s.canvases().uncite(entryId, target));
  }

  /** Everything that can be cited: insights first, then observations (newest first). */
  public void citables(Consumer<List<Citable>> answer) {
    read(
        s -> {
          List<Citable> all = new ArrayList<>();
          s.insights()
              .summaries()
              .forEach(
                  i ->
                      all.add(
                          new Citable(
                              CitationTarget.insight(i.insight().id()),
                              Messages.get(
                                  "canvas.citeInsight", i.insight().title(), i.evidence()))));
          s.observations()
              .rows(ObservationFilter.ALL, 0, 5000)
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
    edit(s -> s.canvases().addPrompt(canvasId, section, text));
  }

  public void renamePrompt(long promptId, String text) {
    edit(s -> s.canvases().renamePrompt(promptId, text));
  }

  public void movePrompt(long promptId, int step) {
    edit(s -> s.canvases().movePrompt(promptId, step));
  }

  public void deletePrompt(long promptId) {
    edit(s -> s.canvases().deletePrompt(promptId));
  }

  public void addCommitment(long canvasId, String text) {
    edit(s -> s.canvases().addManifestoItem(canvasId, text));
  }

  public void updateCommitment(ManifestoItem item) {
    edit(s -> s.canvases().updateManifestoItem(item));
  }

  public void deleteCommitment(long canvasId, long itemId) {
    edit(s -> s.canvases().deleteManifestoItem(canvasId, itemId));
  }

  public void freeze(long canvasId, String label, Consumer<CanvasVersion> frozen) {
    run(Messages.get("canvas.freezeFailed"), s -> s.canvases().freeze(canvasId, label), frozen);
  }

  public void versions(long canvasId, Consumer<List<CanvasVersion>> answer) {
    read(s -> s.canvases().versions(canvasId), answer);
  }

  public void versionEntries(long versionId, Consumer<List<FrozenEntry>> answer) {
    read(s -> s.canvases().versionEntries(versionId), answer);
  }

  /** What changed from a version to another (null: to the canvas as it is now). */
  public void compare(
      long canvasId, long olderId, Long newerId, Consumer<List<CanvasComparison.Change>> answer) {
    read(s -> s.canvases().compare(canvasId, olderId, newerId), answer);
  }
}

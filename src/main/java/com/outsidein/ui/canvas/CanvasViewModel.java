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
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

  private void run(String failure, Runnable work) {
    commands.run(failure, work);
  }

  private <T> void run(String failure, Callable<T> work, Consumer<T> done) {
    commands.run(failure, work, done);
  }

  public void create(String title, Consumer<Canvas> created) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.editFailed"),
        () -> current.canvases().create(new Canvas(0, title, null, null, CanvasStatus.DRAFT)),
        created);
  }

  public void update(Canvas canvas) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().update(canvas));
  }

  /** The team member with this name (added on the fly) becomes the canvas's owner. */
  public void setOwner(Canvas canvas, String name) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.editFailed"),
        () -> {
          Long id =
              name == null || name.isBlank() ? null : current.team().findOrCreate(name, null).id();
          current
              .canvases()
              .update(
                  new Canvas(canvas.id(), canvas.title(), canvas.studyId(), id, canvas.status()));
          return null;
        },
        done -> {});
  }

  public void delete(long canvasId) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().delete(canvasId));
  }

  public void addEntry(long promptId, String answer) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.editFailed"),
        () -> current.canvases().addEntry(CanvasEntry.answer(promptId, answer), List.of()),
        e -> {});
  }

  public void updateEntry(CanvasEntry entry) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().updateEntry(entry));
  }

  /** The team member with this name (added on the fly) owns the entry. */
  public void setEntryOwner(CanvasEntry entry, String name) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.editFailed"),
        () -> {
          Long id =
              name == null || name.isBlank() ? null : current.team().findOrCreate(name, null).id();
          current
              .canvases()
              .updateEntry(
                  new CanvasEntry(
                      entry.id(),
                      entry.promptId(),
                      entry.answer(),
                      entry.sortOrder(),
                      entry.objective(),
                      entry.measure(),
                      entry.target(),
                      entry.horizon(),
                      entry.cost(),
                      id,
                      entry.cadence(),
                      entry.progress()));
          return null;
        },
        done -> {});
  }

  public void deleteEntry(long entryId) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().deleteEntry(entryId));
  }

  public void cite(long entryId, CitationTarget target) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.citeFailed"), () -> current.canvases().cite(entryId, target));
  }

  public void uncite(long entryId, CitationTarget target) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.citeFailed"), () -> current.canvases().uncite(entryId, target));
  }

  /** Everything that can be cited: insights first, then observations (newest first). */
  public void citables(Consumer<List<Citable>> answer) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.loadFailed"),
        () -> {
          List<Citable> all = new ArrayList<>();
          current
              .insights()
              .summaries()
              .forEach(
                  i ->
                      all.add(
                          new Citable(
                              CitationTarget.insight(i.insight().id()),
                              Messages.get(
                                  "canvas.citeInsight", i.insight().title(), i.evidence()))));
          current
              .observations()
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
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.editFailed"),
        () -> current.canvases().addPrompt(canvasId, section, text),
        p -> {});
  }

  public void renamePrompt(long promptId, String text) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().renamePrompt(promptId, text));
  }

  public void movePrompt(long promptId, int step) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().movePrompt(promptId, step));
  }

  public void deletePrompt(long promptId) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().deletePrompt(promptId));
  }

  public void addCommitment(long canvasId, String text) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.editFailed"),
        () -> current.canvases().addManifestoItem(canvasId, text),
        m -> {});
  }

  public void updateCommitment(ManifestoItem item) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.editFailed"), () -> current.canvases().updateManifestoItem(item));
  }

  public void deleteCommitment(long canvasId, long itemId) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.editFailed"),
        () -> current.canvases().deleteManifestoItem(canvasId, itemId));
  }

  public void freeze(long canvasId, String label, Consumer<CanvasVersion> frozen) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.freezeFailed"),
        () -> current.canvases().freeze(canvasId, label),
        frozen);
  }

  public void versions(long canvasId, Consumer<List<CanvasVersion>> answer) {
    WorkspaceSession current = session;
    run(Messages.get("canvas.loadFailed"), () -> current.canvases().versions(canvasId), answer);
  }

  public void versionEntries(long versionId, Consumer<List<FrozenEntry>> answer) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.loadFailed"),
        () -> current.canvases().versionEntries(versionId),
        answer);
  }

  /** What changed from a version to another (null: to the canvas as it is now). */
  public void compare(
      long canvasId, long olderId, Long newerId, Consumer<List<CanvasComparison.Change>> answer) {
    WorkspaceSession current = session;
    run(
        Messages.get("canvas.loadFailed"),
        () -> current.canvases().compare(canvasId, olderId, newerId),
        answer);
  }
}

package com.outsidein.ui.canvas;

import com.outsidein.domain.CanvasComparison;
import com.outsidein.domain.CanvasVersion;
import com.outsidein.service.CanvasService;
import com.outsidein.ui.Commands;
import com.outsidein.ui.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A canvas's frozen versions, two of them chosen (or a version and the canvas as it is now), and
 * the answers added, removed or changed between them. It starts with the newest version against
 * now.
 */
public final class VersionsViewModel {

  private final CanvasService canvases;
  private final Commands commands;
  private final long canvasId;
  private final List<CanvasVersion> versions;
  private final ObjectProperty<CanvasVersion> older = new SimpleObjectProperty<>();
  private final ObjectProperty<CanvasVersion> newer = new SimpleObjectProperty<>();
  private final ObservableList<CanvasComparison.Change> changes =
      FXCollections.observableArrayList();
  private final ObservableList<CanvasComparison.Change> changesShown =
      FXCollections.unmodifiableObservableList(changes);
  private long generation;

  VersionsViewModel(
      CanvasService canvases, Commands commands, long canvasId, List<CanvasVersion> versions) {
    this.canvases = canvases;
    this.commands = commands;
    this.canvasId = canvasId;
    this.versions = List.copyOf(versions);
    older.set(versions.isEmpty() ? null : versions.get(0));
    older.addListener((obs, old, now) -> compare());
    newer.addListener((obs, old, now) -> compare());
    compare();
  }

  /** The frozen versions, newest first. */
  public List<CanvasVersion> versions() {
    return versions;
  }

  /** What the newer side can be: null (the canvas as it is now), then every version. */
  public List<CanvasVersion> newerChoices() {
    List<CanvasVersion> choices = new ArrayList<>();
    choices.add(null);
    choices.addAll(versions);
    return choices;
  }

  public ObjectProperty<CanvasVersion> olderProperty() {
    return older;
  }

  /** The newer side; null is the canvas as it is now. */
  public ObjectProperty<CanvasVersion> newerProperty() {
    return newer;
  }

  /** What changed between the two chosen. */
  public ObservableList<CanvasComparison.Change> changes() {
    return changesShown;
  }

  private void compare() {
    long mine = ++generation;
    CanvasVersion from = older.get();
    if (from == null) {
      changes.clear();
      return;
    }
    CanvasVersion to = newer.get();
    commands.read(
        Messages.get("canvas.loadFailed"),
        () -> canvases.compare(canvasId, from.id(), to == null ? null : to.id()),
        found -> {
          if (mine == generation) {
            changes.setAll(found);
          }
        });
  }
}

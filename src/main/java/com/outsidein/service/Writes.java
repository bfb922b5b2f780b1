package com.outsidein.service;

import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import com.outsidein.store.Workspace;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How services read and change the workspace: each call one transaction; after a change, the
 * listeners hear of it, and an undoable change goes on the undo stack.
 */
final class Writes {

  private final Workspace workspace;
  private final WorkspaceEvents events;
  private final UndoHistory history;

  Writes(Workspace workspace, WorkspaceEvents events, UndoHistory history) {
    this.workspace = workspace;
    this.events = events;
    this.history = history;
  }

  <T> T read(Function<Tx, T> work) {
    return workspace.read(work);
  }

  /** A change that goes on the undo stack. */
  <T> T undoable(String description, Set<Topic> topics, Function<Tx, Performed<T>> work) {
    return undoable(
        description, work, result -> topics.stream().map(WorkspaceEvents.Change::any).toList());
  }

  /**
   * A change that goes on the undo stack, announcing the rows it touched as its result names them;
   * its undo and redo announce the same.
   */
  <T> T undoable(
      String description,
      Function<Tx, Performed<T>> work,
      Function<T, List<WorkspaceEvents.Change>> announced) {
    Performed<T> performed = workspace.write(work);
    List<WorkspaceEvents.Change> changes = List.copyOf(announced.apply(performed.result()));
    history.record(new Change(description, changes, performed.undo(), performed.redo()));
    changes.forEach(events::changed);
    return performed.result();
  }

  <T> T undoable(String description, Topic topic, Function<Tx, Performed<T>> work) {
    return undoable(description, Set.of(topic), work);
  }

  /** A change that is not on the undo stack (text typed into notes, names looked up or added). */
  <T> T change(Set<Topic> topics, Function<Tx, T> work) {
    T result = workspace.write(work);
    topics.forEach(events::changed);
    return result;
  }

  /** As {@link #change(Set, Function)}, announcing the rows touched as the result names them. */
  <T> T change(Function<Tx, T> work, Function<T, List<WorkspaceEvents.Change>> announced) {
    T result = workspace.write(work);
    announced.apply(result).forEach(events::changed);
    return result;
  }

  <T> T change(Topic topic, Function<Tx, T> work) {
    return change(Set.of(topic), work);
  }

  /** A change after which nothing older may be undone (forgetting a person, importing). */
  <T> T irreversible(Set<Topic> topics, Function<Tx, T> work) {
    T result = workspace.write(work);
    history.clear();
    topics.forEach(events::changed);
    return result;
  }
}

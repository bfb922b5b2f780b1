package com.outsidein.service;

import com.outsidein.store.Workspace;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The workspace's undo and redo stacks: the last {@value #LIMIT} changes, deletes and merges
 * included. A new change clears what could be redone. Imports and forgetting a person are never on
 * it.
 */
public final class UndoHistory {

  public static final int LIMIT = 200;

  private final Workspace workspace;
  private final WorkspaceEvents events;
  private final Deque<Change> undo = new ArrayDeque<>();
  private final Deque<Change> redo = new ArrayDeque<>();
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  UndoHistory(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  /** Called whenever what can be undone or redone changes (on the thread that changed it). */
  public void subscribe(Runnable listener) {
    listeners.add(listener);
  }

  public synchronized boolean canUndo() {
    return !undo.isEmpty();
  }

  public synchronized boolean canRedo() {
    return !redo.isEmpty();
  }

  /** What Undo would take back, such as "Add observation". */
  public synchronized Optional<String> undoDescription() {
    return Optional.ofNullable(undo.peek()).map(Change::description);
  }

  public synchronized Optional<String> redoDescription() {
    return Optional.ofNullable(redo.peek()).map(Change::description);
  }

  /** Takes back the last change; returns what it was, or empty when there was nothing. */
  public Optional<String> undo() {
    Change change;
    synchronized (this) {
      change = undo.poll();
    }
    if (change == null) {
      return Optional.empty();
    }
    try {
      workspace.update(change.undo());
    } catch (RuntimeException e) {
      synchronized (this) {
        undo.push(change);
      }
      throw e;
    }
    synchronized (this) {
      redo.push(change);
    }
    announce(change);
    return Optional.of(change.description());
  }

  /** Makes the last undone change again. */
  public Optional<String> redo() {
    Change change;
    synchronized (this) {
      change = redo.poll();
    }
    if (change == null) {
      return Optional.empty();
    }
    try {
      workspace.update(change.redo());
    } catch (RuntimeException e) {
      synchronized (this) {
        redo.push(change);
      }
      throw e;
    }
    synchronized (this) {
      undo.push(change);
    }
    announce(change);
    return Optional.of(change.description());
  }

  void record(Change change) {
    synchronized (this) {
      undo.push(change);
      while (undo.size() > LIMIT) {
        undo.removeLast();
      }
      redo.clear();
    }
    listeners.forEach(Runnable::run);
  }

  /** Forgets everything: used when a change that cannot be undone makes older ones unsafe. */
  public void clear() {
    synchronized (this) {
      undo.clear();
      redo.clear();
    }
    listeners.forEach(Runnable::run);
  }

  private void announce(Change change) {
    change.announced().forEach(events::changed);
    listeners.forEach(Runnable::run);
  }
}

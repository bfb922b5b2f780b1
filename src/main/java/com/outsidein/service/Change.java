package com.outsidein.service;

import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A committed change to the workspace that can be taken back and made again. Each direction runs in
 * one transaction.
 */
record Change(String description, Set<Topic> topics, Consumer<Tx> undo, Consumer<Tx> redo) {

  static Change of(String description, Topic topic, Consumer<Tx> undo, Consumer<Tx> redo) {
    return new Change(description, Set.of(topic), undo, redo);
  }
}

package com.outsidein.service;

import com.outsidein.store.Tx;
import java.util.List;
import java.util.function.Consumer;

/**
 * A committed change to the workspace that can be taken back and made again. Each direction runs in
 * one transaction, and announces the rows it touched as the change itself did.
 */
record Change(
    String description,
    List<WorkspaceEvents.Change> announced,
    Consumer<Tx> undo,
    Consumer<Tx> redo) {}

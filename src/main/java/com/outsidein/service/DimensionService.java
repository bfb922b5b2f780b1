package com.outsidein.service;

import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Workspace;
import java.util.List;

/** The editable value lists: segments, lanes, journey stages and the rest. */
public final class DimensionService {

  private final Workspace workspace;
  private final WorkspaceEvents events;

  DimensionService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  public List<DimensionValue> all() {
    return workspace.read(tx -> tx.dimensions().all());
  }

  public List<DimensionValue> values(Dimension dimension) {
    return workspace.read(tx -> tx.dimensions().of(dimension));
  }

  /** The value with this name (ignoring case), added at the end of its list when new. */
  public DimensionValue findOrCreate(Dimension dimension, String name) {
    String trimmed = Require.text(name, dimension.name());
    FoundOrCreated<DimensionValue> value =
        workspace.write(
            tx ->
                tx.dimensions()
                    .find(dimension, trimmed)
                    .map(FoundOrCreated::found)
                    .orElseGet(
                        () ->
                            FoundOrCreated.created(
                                tx.dimensions()
                                    .insert(new DimensionValue(0, dimension, trimmed, 0)))));
    if (value.created()) {
      events.changed(Topic.DIMENSIONS);
    }
    return value.value();
  }
}

package com.outsidein.service;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationRow;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Workspace;
import java.util.List;

public final class ObservationService {

  /** The longest observation text or quote a field holds (the column's size). */
  public static final int MAX_TEXT = 20_000;

  private final Workspace workspace;
  private final WorkspaceEvents events;

  ObservationService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    this.events = events;
  }

  public List<ObservationRow> rows(ObservationFilter filter, int offset, int limit) {
    return workspace.read(tx -> tx.observations().rows(filter, offset, limit));
  }

  public int count(ObservationFilter filter) {
    return workspace.read(tx -> tx.observations().count(filter));
  }

  /** Adds an observation with its codes, in one transaction. */
  public Observation create(Observation observation, List<Long> codeIds) {
    check(observation);
    Observation created =
        workspace.write(
            tx -> {
              Observation inserted = tx.observations().insert(observation);
              tx.observations().addCodes(inserted.id(), codeIds);
              return inserted;
            });
    events.changed(Topic.OBSERVATIONS);
    return created;
  }

  static void check(Observation observation) {
    Require.text(observation.text(), "Observation");
    Require.maxLength(observation.text(), MAX_TEXT, "Observation");
    Require.maxLength(observation.quote(), MAX_TEXT, "Quote");
    Integer sentiment = observation.sentiment();
    if (sentiment != null
        && (sentiment < Observation.MIN_SENTIMENT || sentiment > Observation.MAX_SENTIMENT)) {
      throw new BadInputException("Sentiment", "must be a whole number from -2 to 2");
    }
  }
}

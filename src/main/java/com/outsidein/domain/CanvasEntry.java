package com.outsidein.domain;

/**
 * An answer to a canvas prompt. Plan entries use objective, measure, target, horizon, cost and
 * owner; Do entries use cadence, owner and progress. Unused fields are null.
 */
public record CanvasEntry(
    long id,
    long promptId,
    String answer,
    int sortOrder,
    String objective,
    String measure,
    String target,
    Horizon horizon,
    String cost,
    Long ownerId,
    String cadence,
    Progress progress) {

  public CanvasEntry withOwner(Long owner) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, objective, measure, target, horizon, cost, owner, cadence,
        progress);
  }

  public static CanvasEntry answer(long promptId, String answer) {
    return new CanvasEntry(0, promptId, answer, 0, null, null, null, null, null, null, null, null);
  }
}

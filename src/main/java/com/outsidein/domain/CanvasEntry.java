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

  public CanvasEntry withAnswer(String value) {
    return new CanvasEntry(
        id, promptId, value, sortOrder, objective, measure, target, horizon, cost, ownerId, cadence,
        progress);
  }

  public CanvasEntry withObjective(String value) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, value, measure, target, horizon, cost, ownerId, cadence,
        progress);
  }

  public CanvasEntry withMeasure(String value) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, objective, value, target, horizon, cost, ownerId, cadence,
        progress);
  }

  public CanvasEntry withTarget(String value) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, objective, measure, value, horizon, cost, ownerId, cadence,
        progress);
  }

  public CanvasEntry withHorizon(Horizon value) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, objective, measure, target, value, cost, ownerId, cadence,
        progress);
  }

  public CanvasEntry withCost(String value) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, objective, measure, target, horizon, value, ownerId,
        cadence, progress);
  }

  public CanvasEntry withCadence(String value) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, objective, measure, target, horizon, cost, ownerId, value,
        progress);
  }

  public CanvasEntry withProgress(Progress value) {
    return new CanvasEntry(
        id, promptId, answer, sortOrder, objective, measure, target, horizon, cost, ownerId,
        cadence, value);
  }

  public static CanvasEntry answer(long promptId, String answer) {
    return new CanvasEntry(0, promptId, answer, 0, null, null, null, null, null, null, null, null);
  }
}

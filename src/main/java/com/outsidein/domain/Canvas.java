package com.outsidein.domain;

/** A Think / Plan / Do canvas; a null studyId means it covers every study. */
public record Canvas(long id, String title, Long studyId, Long ownerId, CanvasStatus status) {

  public Canvas withOwner(Long owner) {
    return new Canvas(id, title, studyId, owner, status);
  }
}

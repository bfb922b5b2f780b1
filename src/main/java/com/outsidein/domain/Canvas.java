package com.outsidein.domain;

/** A Think / Plan / Do canvas; a null studyId means it covers every study. */
public record Canvas(long id, String title, Long studyId, Long ownerId, CanvasStatus status) {

  public Canvas withOwner(Long owner) {
    return new Canvas(id, title, studyId, owner, status);
  }

  public Canvas withTitle(String newTitle) {
    return new Canvas(id, newTitle, studyId, ownerId, status);
  }

  /** The canvas covering one study (null: every study). */
  public Canvas withStudy(Long newStudyId) {
    return new Canvas(id, title, newStudyId, ownerId, status);
  }

  public Canvas withStatus(CanvasStatus newStatus) {
    return new Canvas(id, title, studyId, ownerId, newStatus);
  }
}

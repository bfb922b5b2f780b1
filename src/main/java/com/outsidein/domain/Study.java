package com.outsidein.domain;

import java.time.LocalDate;

public record Study(
    long id,
    String title,
    String researchQuestions,
    String method,
    StudyStatus status,
    LocalDate startsOn,
    LocalDate endsOn,
    Long ownerId) {

  public static Study titled(String title) {
    return new Study(0, title, "", null, StudyStatus.PLANNED, null, null, null);
  }

  public Study withTitle(String title) {
    return new Study(id, title, researchQuestions, method, status, startsOn, endsOn, ownerId);
  }

  public Study withResearchQuestions(String questions) {
    return new Study(id, title, questions, method, status, startsOn, endsOn, ownerId);
  }

  public Study withMethod(String method) {
    return new Study(id, title, researchQuestions, method, status, startsOn, endsOn, ownerId);
  }

  public Study withStatus(StudyStatus status) {
    return new Study(id, title, researchQuestions, method, status, startsOn, endsOn, ownerId);
  }

  public Study withStartsOn(LocalDate startsOn) {
    return new Study(id, title, researchQuestions, method, status, startsOn, endsOn, ownerId);
  }

  public Study withEndsOn(LocalDate endsOn) {
    return new Study(id, title, researchQuestions, method, status, startsOn, endsOn, ownerId);
  }

  public Study withOwnerId(Long ownerId) {
    return new Study(id, title, researchQuestions, method, status, startsOn, endsOn, ownerId);
  }

  /** Whether the end, when both are set, is not before the start. */
  public static boolean inOrder(LocalDate startsOn, LocalDate endsOn) {
    return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
  }
}

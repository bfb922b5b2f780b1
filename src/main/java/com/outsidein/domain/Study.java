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
}

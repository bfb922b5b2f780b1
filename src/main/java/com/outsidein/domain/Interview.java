package com.outsidein.domain;

import java.time.LocalDate;

public record Interview(
    long id,
    long studyId,
    String title,
    LocalDate heldOn,
    Long interviewerId,
    Long channelId,
    Long journeyStageId,
    String notes,
    String transcript,
    Long importBatchId) {

  public String text(InterviewField field) {
    return field == InterviewField.NOTES ? notes : transcript;
  }
}

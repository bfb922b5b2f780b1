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

  /** A new interview of a study, with no one, no text and no lists set yet. */
  public static Interview draft(long studyId, String title, LocalDate heldOn) {
    return new Interview(0, studyId, title, heldOn, null, null, null, "", "", null);
  }

  public String text(InterviewField field) {
    return field == InterviewField.NOTES ? notes : transcript;
  }

  public Interview withTitle(String newTitle) {
    return new Interview(
        id,
        studyId,
        newTitle,
        heldOn,
        interviewerId,
        channelId,
        journeyStageId,
        notes,
        transcript,
        importBatchId);
  }

  public Interview withHeldOn(LocalDate newHeldOn) {
    return new Interview(
        id,
        studyId,
        title,
        newHeldOn,
        interviewerId,
        channelId,
        journeyStageId,
        notes,
        transcript,
        importBatchId);
  }

  public Interview withInterviewerId(Long newInterviewerId) {
    return new Interview(
        id,
        studyId,
        title,
        heldOn,
        newInterviewerId,
        channelId,
        journeyStageId,
        notes,
        transcript,
        importBatchId);
  }

  public Interview withChannelId(Long newChannelId) {
    return new Interview(
        id,
        studyId,
        title,
        heldOn,
        interviewerId,
        newChannelId,
        journeyStageId,
        notes,
        transcript,
        importBatchId);
  }

  public Interview withJourneyStageId(Long newJourneyStageId) {
    return new Interview(
        id,
        studyId,
        title,
        heldOn,
        interviewerId,
        channelId,
        newJourneyStageId,
        notes,
        transcript,
        importBatchId);
  }
}

package com.outsidein.domain;

/**
 * One thing seen or heard. Interview, speaker, dimensions, sentiment (-2..+2) and highlight are
 * optional (null).
 */
public record Observation(
    long id,
    long studyId,
    Long interviewId,
    Long speakerId,
    String text,
    String quote,
    ObservationKind kind,
    Long journeyStageId,
    Long touchpointId,
    Long functionId,
    Integer sentiment,
    Highlight highlight,
    Long importBatchId) {

  public static final int MIN_SENTIMENT = -2;
  public static final int MAX_SENTIMENT = 2;

  public static Observation note(long studyId, String text) {
    return new Observation(
        0,
        studyId,
        null,
        null,
        text,
        null,
        ObservationKind.NOTE,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public Observation withKind(ObservationKind newKind) {
    return new Observation(
        id,
        studyId,
        interviewId,
        speakerId,
        text,
        quote,
        newKind,
        journeyStageId,
        touchpointId,
        functionId,
        sentiment,
        highlight,
        importBatchId);
  }

  public Observation withSpeakerId(Long newSpeakerId) {
    return new Observation(
        id,
        studyId,
        interviewId,
        newSpeakerId,
        text,
        quote,
        kind,
        journeyStageId,
        touchpointId,
        functionId,
        sentiment,
        highlight,
        importBatchId);
  }

  public Observation withHighlight(Highlight newHighlight) {
    return new Observation(
        id,
        studyId,
        interviewId,
        speakerId,
        text,
        quote,
        kind,
        journeyStageId,
        touchpointId,
        functionId,
        sentiment,
        newHighlight,
        importBatchId);
  }

  public Observation withText(String newText) {
    return new Observation(
        id,
        studyId,
        interviewId,
        speakerId,
        newText,
        quote,
        kind,
        journeyStageId,
        touchpointId,
        functionId,
        sentiment,
        highlight,
        importBatchId);
  }

  public Observation withJourneyStageId(Long newJourneyStageId) {
    return new Observation(
        id,
        studyId,
        interviewId,
        speakerId,
        text,
        quote,
        kind,
        newJourneyStageId,
        touchpointId,
        functionId,
        sentiment,
        highlight,
        importBatchId);
  }

  public Observation withSentiment(Integer newSentiment) {
    return new Observation(
        id,
        studyId,
        interviewId,
        speakerId,
        text,
        quote,
        kind,
        journeyStageId,
        touchpointId,
        functionId,
        newSentiment,
        highlight,
        importBatchId);
  }
}

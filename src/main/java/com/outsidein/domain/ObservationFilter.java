package com.outsidein.domain;

/** Which observations a table shows; every null criterion matches everything. */
public record ObservationFilter(
    Long studyId,
    Long interviewId,
    Long personId,
    Long accountId,
    Long segmentId,
    ObservationKind kind,
    Long codeId,
    Long journeyStageId,
    Integer sentiment) {

  public static final ObservationFilter ALL =
      new ObservationFilter(null, null, null, null, null, null, null, null, null);

  public static ObservationFilter ofStudy(Long studyId) {
    return new ObservationFilter(studyId, null, null, null, null, null, null, null, null);
  }

  public static ObservationFilter ofInterview(long interviewId) {
    return new ObservationFilter(null, interviewId, null, null, null, null, null, null, null);
  }
}

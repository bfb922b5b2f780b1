package com.outsidein.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One checked row of an observation import file, before anything in it is matched to the workspace.
 * Blank values are null; {@code codePaths} holds each code as its names from the top.
 */
public record ImportedObservation(
    int row,
    String text,
    String quote,
    ObservationKind kind,
    Integer sentiment,
    String interview,
    LocalDate interviewDate,
    String participant,
    String participantEmail,
    String role,
    String account,
    String segment,
    String interviewer,
    String channel,
    String journeyStage,
    String touchpoint,
    String function,
    List<List<String>> codePaths) {

  public ImportedObservation {
    codePaths = codePaths.stream().map(List::copyOf).toList();
  }
}

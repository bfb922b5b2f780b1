package com.outsidein.domain;

import java.time.LocalDate;

/** An interview as a list shows it: names resolved, participants joined, observations counted. */
public record InterviewSummary(
    long id,
    long studyId,
    String study,
    String title,
    LocalDate heldOn,
    String interviewer,
    String participants,
    String channel,
    String journeyStage,
    int observations) {}

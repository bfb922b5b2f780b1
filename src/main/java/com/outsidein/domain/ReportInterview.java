package com.outsidein.domain;

import java.time.LocalDate;

/**
 * An interview as a report lists it: who took part, from which accounts and segments, and how many
 * observations and insights (in the report, with evidence from it) it is behind.
 */
public record ReportInterview(
    long id,
    String study,
    String title,
    LocalDate heldOn,
    String interviewer,
    String participants,
    String accounts,
    String segments,
    String channel,
    String journeyStage,
    int observations,
    int insights) {}

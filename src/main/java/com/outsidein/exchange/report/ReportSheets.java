package com.outsidein.exchange.report;

import java.util.List;

/**
 * The report's fixed names: its sheets in order (canvases, one sheet each, come before People) and
 * the columns of the Observations sheet, which are the observation import format's, so the sheet
 * imports back.
 */
public final class ReportSheets {

  public static final String SUMMARY = "Summary";
  public static final String INTERVIEWS = "Interviews";
  public static final String OBSERVATIONS = "Observations";
  public static final String CODEBOOK = "Codebook";
  public static final String CODE_BY_SEGMENT = "Code × Segment";
  public static final String CODE_BY_JOURNEY_STAGE = "Code × Journey stage";
  public static final String SAY_DO = "Say–Do";
  public static final String INSIGHTS = "Insights";
  public static final String PEOPLE = "People";

  /** The columns of the Observations sheet, in order. */
  public static final List<String> OBSERVATION_COLUMNS =
      List.of(
          "id",
          "interview",
          "interview_date",
          "participant",
          "participant_email",
          "role",
          "account",
          "segment",
          "interviewer",
          "channel",
          "journey_stage",
          "touchpoint",
          "function",
          "kind",
          "observation",
          "quote",
          "codes",
          "sentiment");

  private ReportSheets() {}
}

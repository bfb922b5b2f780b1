package com.outsidein.exchange.report;

import java.util.List;

/**
 * The report's fixed names: its sheets in order (canvases, one sheet each, come before People) and
 * the columns of the Observations sheet, which name the observation import format's, so the sheet
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

  /**
   * The columns of the Observations sheet, in order, as the import format names them. The columns a
   * reader needs on paper come first after the id (see {@link #OBSERVATION_PRINTED}); the
   * participant's email comes last.
   */
  public static final List<String> OBSERVATION_COLUMNS =
      List.of(
          "id",
          "interview",
          "interview_date",
          "participant",
          "account",
          "journey_stage",
          "kind",
          "observation",
          "quote",
          "codes",
          "sentiment",
          "role",
          "segment",
          "interviewer",
          "channel",
          "touchpoint",
          "function",
          "participant_email");

  /**
   * The headers of the Observations sheet, as a reader reads them: each is its import column
   * lower-cased with spaces for underscores, which the import accepts. Fixed, like the sheet names,
   * so a report in any language imports back.
   */
  public static final List<String> OBSERVATION_HEADERS =
      List.of(
          "ID",
          "Interview",
          "Interview date",
          "Participant",
          "Account",
          "Journey stage",
          "Kind",
          "Observation",
          "Quote",
          "Codes",
          "Sentiment",
          "Role",
          "Segment",
          "Interviewer",
          "Channel",
          "Touchpoint",
          "Function",
          "Participant email");

  /** The first and last column of the Observations sheet that print: neither id nor email. */
  static final int[] OBSERVATION_PRINTED = {1, 10};

  private ReportSheets() {}
}

package com.outsidein.exchange.refi;

import java.util.List;

/**
 * The names REFI-QDA (QDA-XML 1.0) gives things, and the variables OutsideIn writes so that what
 * the standard has no place for (which interview a source belongs to, an observation's kind) comes
 * back when the file is imported again.
 */
final class Qda {

  static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
  static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
  static final String PROJECT_FILE = "project.qde";
  static final String SOURCES = "sources/";
  static final String INTERNAL = "internal://";
  static final String RELATIVE = "relative://";
  static final String ORIGIN = "OutsideIn";

  /** Variables of a source: the interview it belongs to, and which of its texts it is. */
  static final String INTERVIEW = "OutsideIn interview";

  static final String TEXT = "OutsideIn text";
  static final String INTERVIEW_TITLE = "Interview title";
  static final String INTERVIEW_DATE = "Interview date";
  static final String STUDY = "Study";

  /** Variables of a case: the person's attributes. */
  static final String ROLE = "Role";

  static final String ACCOUNT = "Account";
  static final String SEGMENT = "Segment";
  static final String LANE = "Lane";
  static final String TOUCH_MODEL = "Touch model";

  /** Variables of an observation's note. */
  static final String KIND = "Observation kind";

  static final String QUOTE = "Quote";
  static final String SENTIMENT = "Sentiment";
  static final String SPEAKER = "Speaker";

  /** Variable of an insight's note. */
  static final String INSIGHT = "OutsideIn insight";

  static final String NOTES_TEXT = "notes";
  static final String TRANSCRIPT_TEXT = "transcript";

  /** Every variable with its type, in the order the project file declares them. */
  static final List<String[]> VARIABLES =
      List.of(
          new String[] {INTERVIEW, "Text"},
          new String[] {TEXT, "Text"},
          new String[] {INTERVIEW_TITLE, "Text"},
          new String[] {INTERVIEW_DATE, "Date"},
          new String[] {STUDY, "Text"},
          new String[] {ROLE, "Text"},
          new String[] {ACCOUNT, "Text"},
          new String[] {SEGMENT, "Text"},
          new String[] {LANE, "Text"},
          new String[] {TOUCH_MODEL, "Text"},
          new String[] {KIND, "Text"},
          new String[] {QUOTE, "Text"},
          new String[] {SENTIMENT, "Integer"},
          new String[] {SPEAKER, "Text"},
          new String[] {INSIGHT, "Text"});

  private Qda() {}
}

package com.outsidein.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An observation with everything the import format names resolved: its interview (title, date,
 * interviewer, channel), its speaker (name, email, role, account, segment), its dimensions and its
 * codes as paths, and whether the speaker's consent covers quotes. {@code fromPassage} tells an
 * observation made from a highlighted passage; {@code verbatim} are the stretches of its text that
 * are the speaker's own words (filled in only where the speaker does not allow quotes).
 */
public record ReportObservation(
    long id,
    long studyId,
    String interview,
    LocalDate interviewDate,
    String interviewer,
    String channel,
    String participant,
    String participantEmail,
    String role,
    String account,
    String segment,
    String journeyStage,
    String touchpoint,
    String function,
    ObservationKind kind,
    String text,
    String quote,
    List<String> codePaths,
    Integer sentiment,
    boolean quoteAllowed,
    Long interviewId,
    boolean fromPassage,
    List<TextSpan> verbatim) {

  public ReportObservation {
    codePaths = List.copyOf(codePaths);
    verbatim = List.copyOf(verbatim);
  }

  public ReportObservation withVerbatim(List<TextSpan> spans) {
    return new ReportObservation(
        id,
        studyId,
        interview,
        interviewDate,
        interviewer,
        channel,
        participant,
        participantEmail,
        role,
        account,
        segment,
        journeyStage,
        touchpoint,
        function,
        kind,
        text,
        quote,
        codePaths,
        sentiment,
        quoteAllowed,
        interviewId,
        fromPassage,
        spans);
  }

  /** The text as it may leave the app: the speaker's verbatim words withheld without consent. */
  public String exportedText() {
    return Quotes.textForExport(text, verbatim, quoteAllowed);
  }

  /** The quote as it may leave the app. */
  public String exportedQuote() {
    return Quotes.forExport(quote, quoteAllowed);
  }

  public boolean quoteWithheld() {
    return !quoteAllowed && quote != null && !quote.isBlank();
  }

  /** Whether any of its words leave the app withheld: its quote or verbatim words of its text. */
  public boolean wordsWithheld() {
    return quoteWithheld() || (!quoteAllowed && !verbatim.isEmpty());
  }
}

package com.outsidein.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An observation with everything the import format names resolved: its interview (title, date,
 * interviewer, channel), its speaker (name, email, role, account, segment), its dimensions and its
 * codes as paths, and whether the speaker's consent covers quotes.
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
    boolean quoteAllowed) {

  public ReportObservation {
    codePaths = List.copyOf(codePaths);
  }

  /** The quote as it may leave the app. */
  public String exportedQuote() {
    return Quotes.forExport(quote, quoteAllowed);
  }

  public boolean quoteWithheld() {
    return !quoteAllowed && quote != null && !quote.isBlank();
  }
}

package com.outsidein.domain;

import java.time.LocalDate;

/**
 * An observation with where it came from: who said or did it, their account and its segment, and
 * the interview it was heard in with its date. Names are null where the observation has none.
 */
public record AttributedObservation(
    Observation observation,
    String speaker,
    String account,
    String segment,
    String interview,
    LocalDate heldOn,
    boolean quoteAllowed) {

  public long id() {
    return observation.id();
  }

  /** A quote whose speaker has not agreed to be quoted. */
  public boolean quoteWithheld() {
    return !quoteAllowed && hasQuote();
  }

  public boolean hasQuote() {
    return observation.quote() != null && !observation.quote().isBlank();
  }

  /** The verbatim words when there are any, else the observation's own text. */
  public String words() {
    return hasQuote() ? observation.quote() : observation.text();
  }

  /** Whether it can be opened in its interview. */
  public boolean hasInterview() {
    return observation.interviewId() != null;
  }
}

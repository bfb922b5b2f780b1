package com.outsidein.domain;

import java.util.List;

/**
 * An observation as an exchange file carries it out of the app, consent applied: its text and quote
 * with a no-quote speaker's verbatim words withheld, its codes, and the passage it highlights in
 * the text as released (null when it highlights none, or when that text was held back).
 */
public record ExportedObservation(
    long id,
    ObservationKind kind,
    Integer sentiment,
    Long speakerId,
    String text,
    String quote,
    List<Long> codeIds,
    Highlight passage) {

  public ExportedObservation {
    codeIds = List.copyOf(codeIds);
  }
}

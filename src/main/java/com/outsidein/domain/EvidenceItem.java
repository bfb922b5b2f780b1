package com.outsidein.domain;

/** An observation cited as evidence: enough to show it and to point at it. */
public record EvidenceItem(long observationId, String text, String quote, boolean quoteAllowed) {

  /** The quote as it may leave the app ("" when there is none). */
  public String exportedQuote() {
    return Quotes.forExport(quote, quoteAllowed);
  }
}

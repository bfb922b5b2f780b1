package com.outsidein.domain;

import java.util.List;

/**
 * An observation cited as evidence: enough to show it and to point at it. {@code verbatim} are the
 * stretches of its text that are the speaker's own words (filled in only where the speaker does not
 * allow quotes).
 */
public record EvidenceItem(
    long observationId, String text, String quote, boolean quoteAllowed, List<TextSpan> verbatim) {

  public EvidenceItem {
    verbatim = List.copyOf(verbatim);
  }

  public EvidenceItem(long observationId, String text, String quote, boolean quoteAllowed) {
    this(observationId, text, quote, quoteAllowed, List.of());
  }

  public EvidenceItem withVerbatim(List<TextSpan> spans) {
    return new EvidenceItem(observationId, text, quote, quoteAllowed, spans);
  }

  /** The quote as it may leave the app ("" when there is none). */
  public String exportedQuote() {
    return Quotes.forExport(quote, quoteAllowed);
  }

  /** The text as it may leave the app: the speaker's verbatim words withheld without consent. */
  public String exportedText() {
    return Quotes.textForExport(text, verbatim, quoteAllowed);
  }
}

package com.outsidein.exchange.report;

import com.outsidein.domain.EvidenceItem;

/**
 * How a cited observation reads in a cell: its id and text, then its quote or the withheld mark.
 */
final class Evidence {

  private static final int MAX_PART = 300;

  private Evidence() {}

  static String label(EvidenceItem item) {
    String label =
        ReportText.get("evidence.label", String.valueOf(item.observationId()), cut(item.text()));
    String quote = item.exportedQuote();
    if (quote.isEmpty()) {
      return label;
    }
    return label + "\n" + (item.quoteAllowed() ? "“" + cut(quote) + "”" : quote);
  }

  private static String cut(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.length() <= MAX_PART ? stripped : stripped.substring(0, MAX_PART - 1) + "…";
  }
}

package com.outsidein.exchange.report;

import com.outsidein.domain.EvidenceItem;
import com.outsidein.domain.Quotes;

/**
 * How a cited observation reads in a link: its id, then its quote (or the withheld mark) or else
 * its text as it may leave the app, on one line of at most {@link #MAX_LENGTH} characters. Links
 * are pointers: the whole observation is one click away, and spreadsheet programs do not all wrap
 * linked cells.
 */
final class Evidence {

  static final int MAX_LENGTH = 50;

  private Evidence() {}

  static String label(EvidenceItem item) {
    return label(item, MAX_LENGTH);
  }

  /** The label in at most {@code max} characters: a canvas shows the cited text at length. */
  static String label(EvidenceItem item, int max) {
    String id = "#" + item.observationId() + " ";
    String quote = item.exportedQuote();
    if (quote.equals(Quotes.WITHHELD)) {
      return id + Quotes.WITHHELD;
    }
    int room = Math.max(8, max - id.length());
    if (!quote.isEmpty()) {
      return id + "“" + cut(oneLine(quote), room - 2) + "”";
    }
    return id + cut(oneLine(item.exportedText()), room);
  }

  /** The title of a cited insight, as its link reads. */
  static String insight(String title) {
    return insight(title, MAX_LENGTH);
  }

  static String insight(String title, int max) {
    return cut(ReportText.get("canvas.citesInsight", oneLine(title)), max);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }
}

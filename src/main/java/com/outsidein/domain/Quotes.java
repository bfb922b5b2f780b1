package com.outsidein.domain;

import java.util.List;

/** How a person's words leave the app: as spoken when they allow quotes, else withheld. */
public final class Quotes {

  /** What every export writes in place of words whose speaker has not agreed to be quoted. */
  public static final String WITHHELD = "[withheld — no consent for quotes]";

  private Quotes() {}

  /** The quote as an export writes it: null or blank stays empty; a disallowed one is withheld. */
  public static String forExport(String quote, boolean allowed) {
    if (quote == null || quote.isBlank()) {
      return "";
    }
    return allowed ? quote : WITHHELD;
  }

  /**
   * A text as an export writes it: when quotes are not allowed, each verbatim span becomes {@link
   * #WITHHELD} and the words around them stay.
   */
  public static String textForExport(String text, List<TextSpan> verbatim, boolean allowed) {
    return allowed || text == null ? text : replace(text, verbatim, WITHHELD);
  }

  /** The text with each span (in order, not overlapping) replaced by {@code mark}. */
  public static String replace(String text, List<TextSpan> spans, String mark) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (TextSpan span : spans) {
      out.append(text, from, span.start()).append(mark);
      from = span.end();
    }
    return out.append(text, from, text.length()).toString();
  }
}

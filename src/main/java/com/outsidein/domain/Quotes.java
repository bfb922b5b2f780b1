package com.outsidein.domain;

/** How a quote leaves the app: as spoken when its speaker allows quotes, else withheld. */
public final class Quotes {

  /** What every export writes in place of a quote whose speaker has not agreed to be quoted. */
  public static final String WITHHELD = "[withheld — no consent for quotes]";

  private Quotes() {}

  /** The quote as an export writes it: null or blank stays empty; a disallowed one is withheld. */
  public static String forExport(String quote, boolean allowed) {
    if (quote == null || quote.isBlank()) {
      return "";
    }
    return allowed ? quote : WITHHELD;
  }
}

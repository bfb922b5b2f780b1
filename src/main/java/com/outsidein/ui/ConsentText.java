package com.outsidein.ui;

import com.outsidein.domain.Consent;

/** A person's consent in a few words: what it covers, or that it was withdrawn. */
public final class ConsentText {

  private ConsentText() {}

  public static String of(Consent consent) {
    if (consent.isWithdrawn()) {
      return Messages.get("consent.withdrawn", Formats.date(consent.withdrawnOn()));
    }
    if (!consent.notes() && !consent.quotes() && !consent.recording()) {
      return Messages.get("consent.none");
    }
    return String.join(
        "  ",
        mark(consent.notes(), "consent.notes"),
        mark(consent.quotes(), "consent.quotes"),
        mark(consent.recording(), "consent.recording"));
  }

  private static String mark(boolean given, String key) {
    return (given ? "✓ " : "✗ ") + Messages.get(key);
  }
}

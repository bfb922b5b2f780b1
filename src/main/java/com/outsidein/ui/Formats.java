package com.outsidein.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How dates and numbers look on screen. */
public final class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

  private Formats() {}

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "12 Mar 2026 – 30 Apr 2026", an open end, or nothing. */
  public static String dateRange(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return "";
    }
    return date(from) + " – " + (to == null ? Messages.get("date.open") : date(to));
  }

  /** Sentiment as -2..+2 with its sign, or nothing. */
  public static String sentiment(Integer sentiment) {
    if (sentiment == null) {
      return "";
    }
    return sentiment > 0 ? "+" + sentiment : sentiment.toString();
  }
}

package com.outsidein.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as a person types them: the short form of their locale with the year in full, or the year
 * written with two digits, or ISO (2026-03-05). Strict: a day that month does not have (February
 * 30) is refused, never moved to the month's last day.
 */
public final class DateText {

  private final DateTimeFormatter shown;
  private final List<DateTimeFormatter> read;

  public DateText(Locale locale) {
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
            .replaceAll("y+", "y");
    shown = strict(pattern.replace("y", "uuuu"), locale);
    read =
        List.of(
            shown,
            strict(pattern.replace("y", "uu"), locale),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
  }

  /** For the locale the app runs in. */
  public static DateText forThisLocale() {
    return new DateText(Locale.getDefault(Locale.Category.FORMAT));
  }

  public String format(LocalDate date) {
    return date == null ? "" : shown.format(date);
  }

  /** The date written, if it is one; empty text is no date, and no error. */
  public Optional<LocalDate> parse(String text) {
    String typed = text == null ? "" : text.trim();
    for (DateTimeFormatter format : read) {
      try {
        return Optional.of(LocalDate.parse(typed, format));
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** How a date is written here, for messages ("M/d/yyyy"). */
  public String example() {
    return format(LocalDate.of(2026, 3, 25));
  }

  private static DateTimeFormatter strict(String pattern, Locale locale) {
    return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
  }
}

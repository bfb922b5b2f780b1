package com.outsidein.exchange.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report's words, from {@code report.properties}, so it can be translated. */
final class ReportText {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.outsidein.exchange.report.report", Locale.getDefault());

  private ReportText() {}

  static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** An enum value's label: the key is {@code SimpleName.VALUE}; null gives "". */
  static String of(Enum<?> value) {
    return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}

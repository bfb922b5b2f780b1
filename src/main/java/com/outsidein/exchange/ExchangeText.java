package com.outsidein.exchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the files in and out give a person (problems in an imported file, where they are,
 * warnings), from {@code exchange.properties}, so they can be translated.
 */
public final class ExchangeText {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.outsidein.exchange.exchange", Locale.getDefault());

  private ExchangeText() {}

  /** The text for a key, with {0}, {1}… filled from the arguments. */
  public static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}

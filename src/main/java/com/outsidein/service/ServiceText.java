package com.outsidein.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words the services give a person (undo labels, field names, problems, consent reasons), from
 * {@code service.properties}, so they can be translated.
 */
final class ServiceText {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.outsidein.service.service", Locale.getDefault());

  private ServiceText() {}

  static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}

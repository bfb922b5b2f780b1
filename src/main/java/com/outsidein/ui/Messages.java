package com.outsidein.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible text, from {@code messages.properties}, so the app can be translated. */
public final class Messages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.outsidein.ui.messages", Locale.getDefault());

  private Messages() {}

  /** The text for a key, with {0}, {1}… filled from the arguments. */
  public static String get(String key, Object... args) {
    String pattern;
    try {
      pattern = BUNDLE.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.getDefault()).format(args);
  }

  /** The display name of an enum value: the key is {@code SimpleName.VALUE}. */
  public static String of(Enum<?> value) {
    return value == null ? "" : get(value.getDeclaringClass().getSimpleName() + "." + value.name());
  }
}

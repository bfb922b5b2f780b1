package com.outsidein.exchange.refi;

import java.util.Locale;
import java.util.regex.Pattern;

/** Colours as the codebook keeps them: {@code #RRGGBB}. */
final class Colours {

  private static final Pattern SIX = Pattern.compile("#[0-9A-Fa-f]{6}");
  private static final Pattern THREE = Pattern.compile("#[0-9A-Fa-f]{3}");

  private Colours() {}

  /** {@code #RGB} and {@code #RRGGBB} as {@code #RRGGBB}; anything else as none. */
  static String sixDigits(String colour) {
    if (colour == null) {
      return null;
    }
    String c = colour.strip();
    if (SIX.matcher(c).matches()) {
      return c.toUpperCase(Locale.ROOT);
    }
    if (THREE.matcher(c).matches()) {
      return ("#"
              + c.charAt(1)
              + c.charAt(1)
              + c.charAt(2)
              + c.charAt(2)
              + c.charAt(3)
              + c.charAt(3))
          .toUpperCase(Locale.ROOT);
    }
    return null;
  }
}

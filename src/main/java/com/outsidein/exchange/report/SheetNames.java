package com.outsidein.exchange.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives out sheet names that Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \},
 * not starting or ending with an apostrophe, not blank, not the reserved "History", and unique
 * within the workbook ignoring case. A long name is shortened at a word boundary with an ellipsis
 * ("Canvas – Fieldline 2026 from…"); a clash gets a number: "Canvas (2)".
 */
final class SheetNames {

  static final int MAX_LENGTH = 31;
  private static final String FORBIDDEN = "[]:*?/\\";

  private final Set<String> taken = new HashSet<>();

  /** A safe, unused name as close to {@code wanted} as the rules allow; it is now taken. */
  String claim(String wanted) {
    String base = clean(wanted);
    String name = base;
    for (int n = 2; taken.contains(key(name)); n++) {
      String suffix = " (" + n + ")";
      name = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    taken.add(key(name));
    return name;
  }

  /** The name made safe, without looking at which names are taken. */
  static String clean(String wanted) {
    StringBuilder safe = new StringBuilder();
    String text = wanted == null ? "" : wanted;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      safe.append(FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
    }
    String name = strip(safe.toString().replaceAll(" {2,}", " "));
    name = strip(shorten(name, MAX_LENGTH));
    if (name.isEmpty()) {
      name = "Sheet";
    }
    if (name.equalsIgnoreCase("History")) {
      name = name + " 1";
    }
    return name;
  }

  /**
   * Shortens to at most {@code max} characters at a word boundary, marked with an ellipsis, so no
   * word is cut; a single word longer than that is cut (never inside a surrogate pair).
   */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String room = cut(text, max - 1);
    int space = room.lastIndexOf(' ');
    if (text.charAt(room.length()) == ' ') {
      space = room.length();
    }
    if (space < max / 3) {
      return cut(text, max);
    }
    String kept = room.substring(0, space).stripTrailing();
    // A dash or colon left at the end reads as a cut too.
    kept = kept.replaceAll("[\\s\\p{Pd}:,;.]+$", "");
    return kept + "…";
  }

  /** Cuts to at most {@code max} characters without splitting a surrogate pair. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static String strip(String name) {
    String result = name.strip();
    while (result.startsWith("'")) {
      result = result.substring(1).strip();
    }
    while (result.endsWith("'")) {
      result = result.substring(0, result.length() - 1).strip();
    }
    return result;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}

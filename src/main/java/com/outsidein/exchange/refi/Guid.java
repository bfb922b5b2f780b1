package com.outsidein.exchange.refi;

import java.util.Locale;
import java.util.regex.Pattern;

/** GUIDs as the standard writes them: 8-4-4-4-12 hex digits, optionally in braces. */
final class Guid {

  private static final Pattern GUID =
      Pattern.compile(
          "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}?");

  private Guid() {}

  static boolean valid(String guid) {
    return GUID.matcher(guid.strip()).matches();
  }

  /** Without braces, in lower case, so references match however a tool spelled them. */
  static String normal(String guid) {
    return guid.strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
  }
}

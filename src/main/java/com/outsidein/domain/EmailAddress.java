package com.outsidein.domain;

import java.util.regex.Pattern;

/**
 * The one rule for an email address, used wherever one is typed or imported: some text, one "@",
 * more text, and no spaces. It does not try to say which addresses exist, only which cannot.
 */
public final class EmailAddress {

  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private EmailAddress() {}

  /** Whether the text, spaces around it ignored, has the shape of an email address. */
  public static boolean isValid(String text) {
    return text != null && SHAPE.matcher(text.strip()).matches();
  }

  /** What is wrong with the text as an email address, for a problem message. */
  public static String problem(String text) {
    return "\"" + (text == null ? "" : text.strip()) + "\" is not an email address";
  }
}

package com.outsidein.exchange.refi;

/**
 * Text as REFI-QDA counts it: line endings as LF, positions in Unicode code points from 0. Java
 * strings count UTF-16 units, so a position moves by one less for each CRLF before it and by one
 * less for each character outside the Basic Multilingual Plane (an emoji); combining marks are code
 * points of their own in both.
 */
final class PlainText {

  private PlainText() {}

  /** The text with CRLF and lone CR as LF. */
  static String lf(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * For each UTF-16 position of {@code text} (0 to its length), the code point position in the text
   * with LF line endings. A position inside a CRLF or a surrogate pair counts as the one before.
   */
  static int[] codePointPositions(String text) {
    int[] at = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      at[i] = cp;
      char c = text.charAt(i);
      boolean crBeforeLf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      boolean highBeforeLow =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (!crBeforeLf && !highBeforeLow) {
        cp++;
      }
    }
    at[text.length()] = cp;
    return at;
  }

  /**
   * The UTF-16 positions of each code point position of an LF text (0 to its code point count), or
   * null when the two are the same (no character outside the BMP).
   */
  static int[] utf16Positions(String lfText) {
    int count = lfText.codePointCount(0, lfText.length());
    if (count == lfText.length()) {
      return null;
    }
    int[] at = new int[count + 1];
    int i = 0;
    for (int cp = 0; cp < count; cp++) {
      at[cp] = i;
      i += Character.charCount(lfText.codePointAt(i));
    }
    at[count] = lfText.length();
    return at;
  }
}

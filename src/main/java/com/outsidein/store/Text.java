package com.outsidein.store;

/** Small text rules shared by the repositories. */
final class Text {

  private Text() {}

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}

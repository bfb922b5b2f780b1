package com.outsidein.service;

import com.outsidein.domain.BadInputException;

/** Rules on input that every service shares; a broken rule is a {@link BadInputException}. */
final class Require {

  private Require() {}

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new BadInputException(field, ServiceText.get("problem.blank"));
    }
    return value.trim();
  }

  static String maxLength(String value, int max, String field) {
    if (value != null && value.length() > max) {
      throw new BadInputException(field, ServiceText.get("problem.tooLong", max));
    }
    return value;
  }
}

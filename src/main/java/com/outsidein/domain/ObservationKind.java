package com.outsidein.domain;

import java.util.Locale;
import java.util.Optional;

/** What people say, what they do, and what they say they do are different things. */
public enum ObservationKind {
  SAYS("says"),
  DOES("does"),
  SAYS_THEY_DO("says-they-do"),
  NOTE("note");

  private final String code;

  ObservationKind(String code) {
    this.code = code;
  }

  /** The spelling used in import files and exports: says, does, says-they-do, note. */
  public String code() {
    return code;
  }

  /** Reads the import spelling, case-insensitively; blank means NOTE. */
  public static Optional<ObservationKind> fromCode(String value) {
    if (value == null || value.isBlank()) {
      return Optional.of(NOTE);
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (ObservationKind kind : values()) {
      if (kind.code.equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

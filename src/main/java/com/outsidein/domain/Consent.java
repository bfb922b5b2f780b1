package com.outsidein.domain;

import java.time.LocalDate;

/** What a person agreed to, and when. Withdrawn consent covers nothing from that day on. */
public record Consent(
    LocalDate givenOn, boolean notes, boolean quotes, boolean recording, LocalDate withdrawnOn) {

  public static final Consent NONE = new Consent(null, false, false, false, null);

  public boolean isWithdrawn() {
    return withdrawnOn != null && !withdrawnOn.isAfter(LocalDate.now());
  }

  public boolean allowsNotes() {
    return notes && !isWithdrawn();
  }

  public boolean allowsQuotes() {
    return quotes && !isWithdrawn();
  }

  /** The consent that allows only what both allow: used when two records of one human merge. */
  public Consent stricterOf(Consent other) {
    return new Consent(
        later(givenOn, other.givenOn),
        notes && other.notes,
        quotes && other.quotes,
        recording && other.recording,
        earlier(withdrawnOn, other.withdrawnOn));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.isBefore(b) ? a : b;
  }
}

package com.outsidein.domain;

import java.time.LocalDate;

/**
 * One thing on a person's timeline: an interview they took part in, something they said or did, a
 * consent change.
 */
public record HistoryEvent(LocalDate date, Type type, String study, String title, String detail) {

  public enum Type {
    INTERVIEW,
    OBSERVATION,
    CONSENT
  }
}

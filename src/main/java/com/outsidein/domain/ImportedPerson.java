package com.outsidein.domain;

import java.time.LocalDate;

/**
 * One checked row of a people file. Blank values are null; a null consent value leaves the person's
 * consent as it is.
 */
public record ImportedPerson(
    int row,
    String name,
    String email,
    String role,
    String account,
    String segment,
    Boolean consentNotes,
    Boolean consentQuotes,
    Boolean consentRecording,
    LocalDate consentGivenOn) {

  /** Whether the row says anything about consent. */
  public boolean hasConsent() {
    return consentNotes != null
        || consentQuotes != null
        || consentRecording != null
        || consentGivenOn != null;
  }
}

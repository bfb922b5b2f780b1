package com.outsidein.domain;

import java.time.OffsetDateTime;

/** A person's consent as it stood after one change, kept as history. */
public record ConsentChange(
    long id, long personId, OffsetDateTime changedAt, Consent consent, String reason) {}

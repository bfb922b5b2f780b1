package com.outsidein.domain;

/**
 * A person as an exchange file carries them: a case with the attributes that map to its variables.
 * Any attribute may be null.
 */
public record ExchangeCase(
    long personId,
    String name,
    String role,
    String account,
    String segment,
    String lane,
    String touchModel) {}

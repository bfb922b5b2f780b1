package com.outsidein.domain;

/** One master record per human, across every study. */
public record Person(
    long id, String name, String role, Long accountId, String email, Consent consent) {}

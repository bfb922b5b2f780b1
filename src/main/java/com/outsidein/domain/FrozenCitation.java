package com.outsidein.domain;

/**
 * What a frozen entry cited, kept as text: the insight's title and statement, or the observation's
 * words.
 */
public record FrozenCitation(CitationTarget.Kind kind, Long sourceId, String text) {}

package com.outsidein.domain;

/** An observation's place in an insight's evidence. */
public record EvidenceLink(long insightId, long observationId, int sortOrder) {}

package com.outsidein.domain;

/** One citation row: a canvas entry citing an insight or an observation. */
public record CitationLink(
    long id, long entryId, Long insightId, Long observationId, int sortOrder) {}

package com.outsidein.domain;

/** A canvas with its completeness: prompts answered, entries supported by evidence. */
public record CanvasSummary(
    Canvas canvas,
    String scope,
    String owner,
    int prompts,
    int promptsAnswered,
    int entries,
    int entriesSupported) {}

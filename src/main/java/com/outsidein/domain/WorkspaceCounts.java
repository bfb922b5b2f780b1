package com.outsidein.domain;

/** How many of each kind of thing a workspace holds. */
public record WorkspaceCounts(
    long studies,
    long accounts,
    long people,
    long interviews,
    long observations,
    long codes,
    long insights,
    long canvases,
    long canvasEntries,
    String schemaVersion) {}

package com.outsidein.domain;

import java.time.OffsetDateTime;

/** A frozen, read-only copy of a canvas on a date. */
public record CanvasVersion(
    long id,
    long canvasId,
    String label,
    OffsetDateTime frozenAt,
    String title,
    String scope,
    String owner,
    CanvasStatus status) {}

package com.outsidein.domain;

public record CanvasPrompt(
    long id, long canvasId, CanvasSection section, String text, int sortOrder) {}

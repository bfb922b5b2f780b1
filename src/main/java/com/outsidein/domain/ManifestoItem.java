package com.outsidein.domain;

public record ManifestoItem(long id, long canvasId, String text, int sortOrder) {}

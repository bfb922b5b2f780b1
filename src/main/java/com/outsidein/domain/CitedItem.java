package com.outsidein.domain;

/**
 * What a canvas entry cites, as the canvas shows it: the target and the words that stand for it.
 */
public record CitedItem(CitationTarget target, String label, String detail) {}

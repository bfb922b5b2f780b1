package com.outsidein.domain;

/**
 * An insight with how strong its evidence is: how many observations, from how many distinct people
 * and accounts.
 */
public record InsightSummary(Insight insight, int evidence, int people, int accounts) {}

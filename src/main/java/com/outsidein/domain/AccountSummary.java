package com.outsidein.domain;

/** An account with its dimension names resolved and how many people it has. */
public record AccountSummary(
    Account account,
    String segment,
    String lane,
    String touchModel,
    String lifecycleStage,
    int people) {}

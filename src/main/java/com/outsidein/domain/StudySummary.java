package com.outsidein.domain;

/** A study with the names and counts a list shows. */
public record StudySummary(Study study, String owner, int interviews, int observations) {}

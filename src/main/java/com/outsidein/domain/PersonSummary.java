package com.outsidein.domain;

/** A person with their account and how much of the research they appear in. */
public record PersonSummary(
    Person person, String account, String segment, int interviews, int observations) {}

package com.outsidein.domain;

import java.util.List;

/** A person's record with their history across every study, newest first. */
public record PersonHistory(Person person, String account, List<HistoryEvent> events) {}

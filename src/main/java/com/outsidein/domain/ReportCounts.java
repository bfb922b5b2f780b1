package com.outsidein.domain;

/**
 * How much a report covers: interviews and observations of its studies, the people in them and
 * their accounts, the codes used, the insights and canvases, and how many quotes it withholds.
 */
public record ReportCounts(
    int interviews,
    int observations,
    int people,
    int accounts,
    int codesUsed,
    int insights,
    int canvases,
    int withheldQuotes) {}

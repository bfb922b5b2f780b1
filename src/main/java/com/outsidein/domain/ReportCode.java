package com.outsidein.domain;

/**
 * A code as a report lists it: its place in the tree and how many observations are coded with it
 * directly, and with it or any code below it (each observation counted once).
 */
public record ReportCode(
    Code code, String path, int depth, int observations, int observationsWithin) {}

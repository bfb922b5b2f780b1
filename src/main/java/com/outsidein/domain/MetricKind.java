package com.outsidein.domain;

/**
 * What a metric counts: a plain number, a count, an amount of money, a percentage, a score, or a
 * date (held as its day number, so a renewal date can be compared and banded like any figure).
 */
public enum MetricKind {
  NUMBER,
  COUNT,
  AMOUNT,
  PERCENTAGE,
  SCORE,
  DATE
}

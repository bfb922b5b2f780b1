package com.outsidein.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value of a metric for an account on a date; {@code importBatchId} names the import that
 * brought it, when one did. A date metric's value is the day number of its date.
 */
public record MetricValue(
    long id, long accountId, long metricId, LocalDate on, BigDecimal value, Long importBatchId) {

  public static MetricValue of(long accountId, long metricId, LocalDate on, BigDecimal value) {
    return new MetricValue(0, accountId, metricId, on, value, null);
  }
}

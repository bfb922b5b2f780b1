package com.outsidein.domain;

import java.math.BigDecimal;

/** A customer organisation. The dimension ids point at {@link DimensionValue}s; any may be null. */
public record Account(
    long id,
    String name,
    Long segmentId,
    Long laneId,
    Long touchModelId,
    Long lifecycleStageId,
    String region,
    String vertical,
    BigDecimal annualValue) {

  public static Account named(String name) {
    return new Account(0, name, null, null, null, null, null, null, null);
  }
}

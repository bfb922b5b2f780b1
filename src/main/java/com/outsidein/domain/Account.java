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

  public Account withName(String name) {
    return new Account(
        id, name, segmentId, laneId, touchModelId, lifecycleStageId, region, vertical, annualValue);
  }

  public Account withRegion(String region) {
    return new Account(
        id, name, segmentId, laneId, touchModelId, lifecycleStageId, region, vertical, annualValue);
  }

  public Account withVertical(String vertical) {
    return new Account(
        id, name, segmentId, laneId, touchModelId, lifecycleStageId, region, vertical, annualValue);
  }

  public Account withAnnualValue(BigDecimal annualValue) {
    return new Account(
        id, name, segmentId, laneId, touchModelId, lifecycleStageId, region, vertical, annualValue);
  }

  /** The same account with its value of one of the account's lists (segment, lane…) changed. */
  public Account withValueOf(Dimension dimension, Long valueId) {
    return new Account(
        id,
        name,
        dimension == Dimension.SEGMENT ? valueId : segmentId,
        dimension == Dimension.LANE ? valueId : laneId,
        dimension == Dimension.TOUCH_MODEL ? valueId : touchModelId,
        dimension == Dimension.LIFECYCLE_STAGE ? valueId : lifecycleStageId,
        region,
        vertical,
        annualValue);
  }
}

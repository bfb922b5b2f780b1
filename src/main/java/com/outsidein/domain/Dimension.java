package com.outsidein.domain;

/** The editable value lists that observations, interviews and accounts are cut along. */
public enum Dimension {
  SEGMENT,
  LANE,
  TOUCH_MODEL,
  LIFECYCLE_STAGE,
  JOURNEY_STAGE,
  TOUCHPOINT,
  FUNCTION,
  CHANNEL
}

package com.outsidein.domain;

/** Low, medium or high: an insight's confidence and impact. */
public enum Level {
  LOW,
  MEDIUM,
  HIGH
}

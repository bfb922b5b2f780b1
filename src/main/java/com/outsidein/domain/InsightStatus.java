package com.outsidein.domain;

public enum InsightStatus {
  DRAFT,
  VALIDATED,
  RETIRED
}

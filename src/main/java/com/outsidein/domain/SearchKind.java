package com.outsidein.domain;

/** Where a search hit was found; results are grouped by it, in this order. */
public enum SearchKind {
  OBSERVATION,
  QUOTE,
  INSIGHT,
  NOTES,
  TRANSCRIPT
}

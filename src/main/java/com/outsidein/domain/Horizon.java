package com.outsidein.domain;

/** When a plan entry pays off: SHORT is 3–6 months, LONG is 3–5 years. */
public enum Horizon {
  SHORT,
  LONG
}

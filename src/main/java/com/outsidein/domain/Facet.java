package com.outsidein.domain;

/**
 * The seven facets of the 360 view. The first four are about learning from customers, the last
 * three about what we do with it.
 */
public enum Facet {
  WHAT_THEY_WANT(Side.LEARN),
  JOBS(Side.LEARN),
  MEANING(Side.LEARN),
  IMPLICATIONS(Side.LEARN),
  PROBLEMS(Side.DO),
  INNOVATIONS(Side.DO),
  PREDICTIONS(Side.DO);

  /** Which half of the 360 view a facet belongs to. */
  public enum Side {
    LEARN,
    DO
  }

  private final Side side;

  Facet(Side side) {
    this.side = side;
  }

  public Side side() {
    return side;
  }
}

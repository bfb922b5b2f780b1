package com.outsidein.domain;

/**
 * An insight with how strong its evidence is: how many observations, from how many distinct people
 * and accounts. Breadth counts more than volume: many quotes from one person are still one voice.
 */
public record InsightSummary(Insight insight, int evidence, int people, int accounts) {

  /** How many distinct people make an insight's evidence as strong as the bar shows. */
  public static final int STRONG_PEOPLE = 8;

  /** 0..1: the share of {@link #STRONG_PEOPLE} distinct people its evidence comes from. */
  public double strength() {
    return Math.min(1.0, (double) people / STRONG_PEOPLE);
  }

  /** Whether everything it rests on comes from one person (or from nobody in particular). */
  public boolean restsOnOnePerson() {
    return people <= 1;
  }

  public long id() {
    return insight.id();
  }
}

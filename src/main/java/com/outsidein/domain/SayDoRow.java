package com.outsidein.domain;

/**
 * What people say, do and say they do about one code: the counts of each kind of observation coded
 * with it, and the mean sentiment of the says-they-do and the does observations (those without a
 * sentiment left out; null when none has one).
 *
 * <p>The gap is mean(says-they-do) − mean(does). It is flagged when both groups have at least
 * {@link #MIN_RATED} observations with a sentiment and the gap is at least {@link #FLAG_GAP} either
 * way: people describe their own practice noticeably better (or worse) than what was seen.
 */
public record SayDoRow(
    long codeId,
    String path,
    int says,
    int does,
    int saysTheyDo,
    int saysTheyDoRated,
    int doesRated,
    Double meanSaysTheyDo,
    Double meanDoes) {

  /** How many observations with a sentiment each group needs before a gap is flagged. */
  public static final int MIN_RATED = 2;

  /** How large a gap, on the -2..+2 sentiment scale, is flagged. */
  public static final double FLAG_GAP = 1.0;

  /** mean(says-they-do) − mean(does), or null when either mean is missing. */
  public Double gap() {
    return meanSaysTheyDo == null || meanDoes == null ? null : meanSaysTheyDo - meanDoes;
  }

  public boolean flagged() {
    Double gap = gap();
    return gap != null
        && saysTheyDoRated >= MIN_RATED
        && doesRated >= MIN_RATED
        && Math.abs(gap) >= FLAG_GAP;
  }
}

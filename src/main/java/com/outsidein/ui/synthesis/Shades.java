package com.outsidein.ui.synthesis;

import java.util.Locale;

/**
 * Cell colours: how many (one accent colour, stronger for more) and how people felt (red→green).
 */
final class Shades {

  private Shades() {}

  /** 0..1: how strongly a count is shaded against the largest count shown. */
  static double weight(int count, int max) {
    if (count <= 0 || max <= 0) {
      return 0;
    }
    return 0.12 + 0.78 * count / max;
  }

  /** The background of a count cell. */
  static String count(int count, int max) {
    double w = weight(count, max);
    if (w == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "-fx-background-color: rgba(31, 111, 178, %.2f);%s",
        w,
        w > 0.55 ? " -fx-text-fill: white;" : "");
  }

  /**
   * The background of a journey cell: red for -2 through a pale neutral at 0 to green for +2;
   * grey-blue when no observation in it has a sentiment.
   */
  static String sentiment(Double mean) {
    if (mean == null) {
      return "-fx-background-color: rgba(120, 130, 150, 0.18);";
    }
    double t = Math.max(-1, Math.min(1, mean / 2));
    int[] neutral = {240, 236, 224};
    int[] end = t < 0 ? new int[] {214, 69, 65} : new int[] {46, 160, 67};
    double f = Math.abs(t);
    int r = (int) Math.round(neutral[0] + (end[0] - neutral[0]) * f);
    int g = (int) Math.round(neutral[1] + (end[1] - neutral[1]) * f);
    int b = (int) Math.round(neutral[2] + (end[2] - neutral[2]) * f);
    return String.format(
        Locale.ROOT,
        "-fx-background-color: rgb(%d, %d, %d);%s",
        r,
        g,
        b,
        f > 0.6 ? " -fx-text-fill: white;" : " -fx-text-fill: #24292f;");
  }
}

package com.outsidein.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a metric's values fall into bands: none, fixed thresholds (NPS below 0, 0 to 30, 30 to 50,
 * above 50 is thresholds 0, 30, 50), or quartiles of the values held.
 *
 * <p>A value equal to a threshold belongs to the band above it.
 */
public record MetricBands(Mode mode, List<BigDecimal> thresholds) {

  public enum Mode {
    NONE,
    FIXED,
    QUARTILES
  }

  public static final MetricBands NONE = new MetricBands(Mode.NONE, List.of());

  public MetricBands {
    thresholds = mode == Mode.FIXED ? List.copyOf(thresholds) : List.of();
    for (int i = 1; i < thresholds.size(); i++) {
      if (thresholds.get(i).compareTo(thresholds.get(i - 1)) <= 0) {
        throw new IllegalArgumentException("thresholds must rise: " + thresholds);
      }
    }
  }

  public static MetricBands fixed(List<BigDecimal> thresholds) {
    return new MetricBands(Mode.FIXED, thresholds);
  }

  public static MetricBands quartiles() {
    return new MetricBands(Mode.QUARTILES, List.of());
  }

  /**
   * The thresholds that apply given every value held for the metric: the fixed ones, or the three
   * quartile boundaries of {@code values} (none when there are no values or no bands).
   */
  public List<BigDecimal> boundaries(Collection<BigDecimal> values) {
    return switch (mode) {
      case NONE -> List.of();
      case FIXED -> thresholds;
      case QUARTILES -> quartileBoundaries(values);
    };
  }

  /** The band (0 = lowest) a value falls into between these boundaries. */
  public static int bandOf(BigDecimal value, List<BigDecimal> boundaries) {
    int band = 0;
    for (BigDecimal boundary : boundaries) {
      if (value.compareTo(boundary) >= 0) {
        band++;
      }
    }
    return band;
  }

  /** The lower quartile, median and upper quartile (nearest rank) of the values. */
  private static List<BigDecimal> quartileBoundaries(Collection<BigDecimal> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(null);
    List<BigDecimal> result = new ArrayList<>(3);
    for (int quarter = 1; quarter <= 3; quarter++) {
      int rank = (int) Math.ceil(quarter * sorted.size() / 4.0);
      BigDecimal boundary = sorted.get(Math.max(0, rank - 1));
      if (result.isEmpty() || boundary.compareTo(result.get(result.size() - 1)) > 0) {
        result.add(boundary);
      }
    }
    return List.copyOf(result);
  }
}

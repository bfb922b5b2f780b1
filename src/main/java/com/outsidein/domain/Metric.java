package com.outsidein.domain;

/**
 * A number the team follows per account (annual recurring revenue, weekly active users, NPS…): its
 * unit (optional), what it counts, whether a higher value is the better one, and its bands.
 */
public record Metric(
    long id, String name, String unit, MetricKind kind, boolean higherIsBetter, MetricBands bands) {

  public Metric {
    bands = bands == null ? MetricBands.NONE : bands;
  }

  /** A new metric as an import makes one for a name it does not know: a number, higher better. */
  public static Metric named(String name) {
    return new Metric(0, name, null, MetricKind.NUMBER, true, MetricBands.NONE);
  }

  public Metric withName(String name) {
    return new Metric(id, name, unit, kind, higherIsBetter, bands);
  }

  public Metric withUnit(String unit) {
    return new Metric(id, name, unit, kind, higherIsBetter, bands);
  }

  public Metric withKind(MetricKind kind) {
    return new Metric(id, name, unit, kind, higherIsBetter, bands);
  }

  public Metric withHigherIsBetter(boolean higherIsBetter) {
    return new Metric(id, name, unit, kind, higherIsBetter, bands);
  }

  public Metric withBands(MetricBands bands) {
    return new Metric(id, name, unit, kind, higherIsBetter, bands);
  }
}

package com.outsidein.exchange.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an export wrote: the file, its sheets in order, how many observations and withheld quotes.
 */
public record ReportResult(
    Path file, List<String> sheets, long observations, long withheldQuotes, Duration elapsed) {

  public ReportResult {
    sheets = List.copyOf(sheets);
  }

  /** Observation rows written per second. */
  public double observationsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : observations / seconds;
  }
}

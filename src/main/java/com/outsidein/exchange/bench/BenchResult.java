package com.outsidein.exchange.bench;

/**
 * What one bench run measured.
 *
 * @param csvreadRowsPerSec H2's own CSVREAD of the same file into a flat table: the storage limit
 * @param firstExportRowsPerSec the first export in the process, which also loads POI and has its
 *     code compiled as it runs
 * @param exportRowsPerSec the median of the exports after the first: the export's own speed
 * @param indexBuildMs building the search index from the workspace, once at open
 * @param peakHeapMb the most heap in use at any moment of the run
 */
public record BenchResult(
    int observations,
    double importRowsPerSec,
    double csvreadRowsPerSec,
    double firstExportRowsPerSec,
    double exportRowsPerSec,
    double searchP50Ms,
    double searchP95Ms,
    long indexBuildMs,
    long openMs,
    long peakHeapMb,
    long maxHeapMb) {

  /** The importer's speed as a share of CSVREAD's. */
  public double importToCsvreadRatio() {
    return csvreadRowsPerSec == 0 ? 0 : importRowsPerSec / csvreadRowsPerSec;
  }
}

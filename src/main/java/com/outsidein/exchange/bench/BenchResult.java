package com.outsidein.exchange.bench;

import java.util.OptionalDouble;

/**
 * What one bench run measured.
 *
 * @param csvreadRowsPerSec H2's own CSVREAD of the same file into a flat table: the storage limit
 * @param firstExportRowsPerSec the export of a JVM that has just opened the workspace: the first
 *     export a person waits for, loading POI and compiling the code as it runs
 * @param exportRowsPerSec the median of later exports in one JVM: the export's own speed
 * @param indexBuildMs building the search index from the workspace, once at open
 * @param peakHeapMb the most old-generation heap in use after a collection, in this JVM or the one
 *     of the first export
 * @param maxHeapMb the heap limit the bench ran under
 * @param fileGrowthAfterEdits the size of a workspace of long interviews after many saves of their
 *     notes, divided by its size before
 * @param fileMbPer1000Observations the bench workspace's file size (with its interviews' texts) per
 *     thousand observations
 * @param backupMs a forced backup (BACKUP TO) of the bench workspace
 * @param peerXlsxwriterRowsPerSec Python's xlsxwriter writing the same rows, when it could run
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
    long maxHeapMb,
    double fileGrowthAfterEdits,
    double fileMbPer1000Observations,
    long backupMs,
    OptionalDouble peerXlsxwriterRowsPerSec) {

  /** The importer's speed as a share of CSVREAD's. */
  public double importVsCsvread() {
    return csvreadRowsPerSec == 0 ? 0 : importRowsPerSec / csvreadRowsPerSec;
  }

  /** The first export's speed as a multiple of xlsxwriter's, when the peer ran. */
  public OptionalDouble firstExportVsXlsxwriter() {
    return ratioToPeer(firstExportRowsPerSec);
  }

  /** The later exports' speed as a multiple of xlsxwriter's, when the peer ran. */
  public OptionalDouble exportVsXlsxwriter() {
    return ratioToPeer(exportRowsPerSec);
  }

  private OptionalDouble ratioToPeer(double rowsPerSec) {
    if (peerXlsxwriterRowsPerSec.isEmpty() || peerXlsxwriterRowsPerSec.getAsDouble() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rowsPerSec / peerXlsxwriterRowsPerSec.getAsDouble());
  }
}

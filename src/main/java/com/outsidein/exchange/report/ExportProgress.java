package com.outsidein.exchange.report;

/** Hears how far an export has got: units done of the total, and the sheet being written. */
@FunctionalInterface
public interface ExportProgress {

  ExportProgress NONE = (done, total, sheet) -> {};

  void update(long done, long total, String sheet);
}

package com.outsidein.exchange.report;

import java.util.function.BooleanSupplier;

/** Counts an export's progress in units and stops it when it is cancelled. */
final class Steps {

  private final ExportProgress progress;
  private final BooleanSupplier cancelled;
  private final long total;
  private long done;
  private String sheet = "";

  Steps(ExportProgress progress, BooleanSupplier cancelled, long total) {
    this.progress = progress;
    this.cancelled = cancelled;
    this.total = total;
  }

  /** Starts a sheet: reports it, and stops if the export was cancelled. */
  void sheet(String name) {
    sheet = name;
    check();
    progress.update(done, total, sheet);
  }

  /** Counts units done and reports them. */
  void advance(long units) {
    done = Math.min(total, done + units);
    progress.update(done, total, sheet);
  }

  /** Throws {@link ReportCancelledException} if the export was cancelled. */
  void check() {
    if (cancelled.getAsBoolean()) {
      throw new ReportCancelledException();
    }
  }

  void finish() {
    done = total;
    progress.update(done, total, sheet);
  }
}

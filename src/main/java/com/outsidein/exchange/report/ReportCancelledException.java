package com.outsidein.exchange.report;

/** The export was cancelled; nothing was written at the target. */
public class ReportCancelledException extends RuntimeException {

  public ReportCancelledException() {
    super("The export was cancelled.");
  }
}

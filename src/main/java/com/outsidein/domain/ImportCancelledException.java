package com.outsidein.domain;

/** The import was cancelled before it committed: nothing of it was written. */
public class ImportCancelledException extends RuntimeException {

  public ImportCancelledException() {
    super("The import was cancelled; nothing was written.");
  }
}

package com.outsidein.service;

import com.outsidein.store.CsvReadBaseline;
import java.nio.file.Path;
import java.util.List;

/** How fast the storage engine alone loads a CSV, to measure the importer against. */
public final class StorageBaseline {

  private StorageBaseline() {}

  /** Loads the CSV with H2's CSVREAD into a throw-away database in the folder; the rows loaded. */
  public static long csvRead(Path folder, Path csv, List<String> columns) {
    return CsvReadBaseline.load(folder, csv, columns);
  }
}

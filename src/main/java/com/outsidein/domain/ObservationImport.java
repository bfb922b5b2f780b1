package com.outsidein.domain;

import java.util.List;

/**
 * A whole observation file, read and checked: its name, the SHA-256 of its bytes, its rows and the
 * warnings reading it gave (such as columns that are not part of the format).
 */
public record ObservationImport(
    String fileName, String sha256, List<ImportedObservation> rows, List<String> warnings) {

  public ObservationImport {
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }
}

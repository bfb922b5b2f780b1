package com.outsidein.exchange.refi;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a REFI-QDA project export wrote, and each thing it held back or left out under the export
 * rules (one line each).
 */
public record ProjectExportResult(
    Path file,
    int users,
    int codes,
    int cases,
    int sources,
    int selections,
    int codings,
    int notes,
    int observations,
    List<String> heldBack,
    Duration elapsed) {

  public ProjectExportResult {
    heldBack = List.copyOf(heldBack);
  }
}

package com.outsidein.exchange.importing;

import java.util.List;

/**
 * The start of a file as it will be imported: its header, its first rows, the known columns found,
 * warnings (unknown columns) and problems with the header itself (a required column missing).
 */
public record ImportPreview(
    List<String> header,
    List<List<String>> rows,
    List<String> detectedColumns,
    List<String> warnings,
    List<String> problems) {

  public ImportPreview {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    detectedColumns = List.copyOf(detectedColumns);
    warnings = List.copyOf(warnings);
    problems = List.copyOf(problems);
  }
}

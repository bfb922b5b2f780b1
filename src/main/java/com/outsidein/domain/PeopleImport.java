package com.outsidein.domain;

import java.util.List;

/** A whole people file, read and checked: its name, SHA-256, rows and warnings. */
public record PeopleImport(
    String fileName, String sha256, List<ImportedPerson> rows, List<String> warnings) {

  public PeopleImport {
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }
}

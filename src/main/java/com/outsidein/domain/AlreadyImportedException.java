package com.outsidein.domain;

import java.util.List;

/**
 * A file with these very bytes was imported before; importing it again must be asked for. Carries
 * the earlier imports so the person can be told when.
 */
public class AlreadyImportedException extends BadInputException {

  private final List<ImportBatch> earlier;

  public AlreadyImportedException(String fileName, List<ImportBatch> earlier) {
    super(
        fileName,
        "the same file was imported before ("
            + earlier.get(earlier.size() - 1).importedAt().toLocalDate()
            + ", "
            + earlier.get(earlier.size() - 1).rowCount()
            + " rows); import it again only if you mean to (--again)");
    this.earlier = List.copyOf(earlier);
  }

  public List<ImportBatch> earlier() {
    return earlier;
  }
}

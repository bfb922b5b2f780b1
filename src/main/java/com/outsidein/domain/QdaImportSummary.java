package com.outsidein.domain;

import java.util.List;
import java.util.Map;

/**
 * What a REFI-QDA import wrote, the codes it had to rename (siblings sharing a name), and what it
 * could not carry, by kind and count.
 */
public record QdaImportSummary(
    long batchId,
    String study,
    boolean studyCreated,
    int interviews,
    int observations,
    int codings,
    int newCodes,
    int users,
    int people,
    List<String> renamedCodes,
    Map<String, Integer> notCarried) {

  public QdaImportSummary {
    renamedCodes = List.copyOf(renamedCodes);
    notCarried = Map.copyOf(notCarried);
  }
}

package com.outsidein.domain;

import java.util.List;
import java.util.Map;

/**
 * What an import wrote: its batch, the study, how many rows, and the names of everything it had to
 * create (people, accounts, codes as paths, interviews, values added to each dimension's list).
 */
public record ImportSummary(
    long batchId,
    String study,
    boolean studyCreated,
    int rows,
    List<String> newPeople,
    List<String> newAccounts,
    List<String> newCodes,
    List<String> newInterviews,
    Map<Dimension, List<String>> newDimensionValues,
    List<String> warnings) {

  public ImportSummary {
    newPeople = List.copyOf(newPeople);
    newAccounts = List.copyOf(newAccounts);
    newCodes = List.copyOf(newCodes);
    newInterviews = List.copyOf(newInterviews);
    newDimensionValues = Map.copyOf(newDimensionValues);
    warnings = List.copyOf(warnings);
  }
}

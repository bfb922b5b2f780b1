package com.outsidein.domain;

import java.time.OffsetDateTime;

/**
 * One import of a file: lets the whole import be removed, and a repeat of the same file be noticed.
 */
public record ImportBatch(
    long id,
    Long studyId,
    Kind kind,
    String fileName,
    String sha256,
    OffsetDateTime importedAt,
    int rowCount) {

  public enum Kind {
    OBSERVATIONS,
    PEOPLE,
    QDA_PROJECT,
    QDA_CODEBOOK,
    METRICS
  }
}

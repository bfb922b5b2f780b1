package com.outsidein.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** A consistent copy of a workspace in a zip file. */
public record Backup(Path file, LocalDateTime takenAt, long bytes, Kind kind) {

  public enum Kind {
    /** Made when the workspace opened, or on request; old ones are pruned. */
    ROUTINE,
    /** Made before a newer OutsideIn migrated the workspace; never pruned. */
    BEFORE_MIGRATION
  }
}

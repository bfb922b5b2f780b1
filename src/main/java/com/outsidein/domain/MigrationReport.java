package com.outsidein.domain;

import java.nio.file.Path;

/**
 * The schema version before and after opening, and the backup made before migrating (null when
 * nothing was migrated or the workspace was new).
 */
public record MigrationReport(String fromVersion, String toVersion, Path backup) {}

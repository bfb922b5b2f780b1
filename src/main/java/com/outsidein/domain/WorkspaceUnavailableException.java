package com.outsidein.domain;

import java.nio.file.Path;

/** A workspace could not be opened or created; the reason says what the person can do. */
public class WorkspaceUnavailableException extends RuntimeException {

  public enum Reason {
    MISSING,
    ALREADY_EXISTS,
    BUSY,
    NOT_A_WORKSPACE,
    TOO_NEW,
    PASSWORD_REQUIRED,
    WRONG_PASSWORD,
    UNREADABLE,
    /** The file is an H2 workspace but parts of it cannot be read: restore a backup. */
    DAMAGED,
    /** The workspace can be read but not changed. */
    READ_ONLY,
    /** The disk holding the workspace has no room for the change. */
    DISK_FULL,
    /** The operating system denies access to the file or its folder. */
    NO_PERMISSION
  }

  private final Reason reason;
  private final Path file;

  public WorkspaceUnavailableException(Reason reason, Path file, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.file = file;
  }

  public Reason reason() {
    return reason;
  }

  public Path file() {
    return file;
  }
}

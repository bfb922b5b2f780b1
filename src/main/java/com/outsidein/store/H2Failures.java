package com.outsidein.store;

import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/** Turns H2's failures into reasons a person can act on. */
final class H2Failures {

  /** MVStore's codes for a file whose content is not what it wrote. */
  private static final Set<Integer> DAMAGE =
      Set.of(
          DataUtils.ERROR_FILE_CORRUPT,
          DataUtils.ERROR_CHUNK_NOT_FOUND,
          DataUtils.ERROR_BLOCK_NOT_FOUND,
          DataUtils.ERROR_SERIALIZATION,
          DataUtils.ERROR_UNKNOWN_DATA_TYPE,
          DataUtils.ERROR_TRANSACTION_CORRUPT);

  /** How operating systems say that a disk or a quota is full. */
  private static final Set<String> FULL =
      Set.of("no space left", "disk quota exceeded", "disk full");

  private H2Failures() {}

  /** Why a workspace could not be opened. */
  static WorkspaceUnavailableException explain(Path file, Throwable failure) {
    // A wrong password makes H2 read the file as noise, so its cause chain also reads as damage.
    SQLException password = findSqlException(failure);
    if (password != null
        && (password.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
            || password.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1)) {
      return new WorkspaceUnavailableException(
          Reason.WRONG_PASSWORD, file, WorkspaceText.about("wrongPassword", file), failure);
    }
    Optional<WorkspaceUnavailableException> fault = fileFault(file, failure);
    if (fault.isPresent()) {
      return fault.get();
    }
    SQLException sql = findSqlException(failure);
    int code = sql == null ? -1 : sql.getErrorCode();
    return switch (code) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
          new WorkspaceUnavailableException(
              Reason.BUSY, file, WorkspaceText.about("busy", file), failure);
      case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
          new WorkspaceUnavailableException(
              Reason.MISSING, file, WorkspaceText.about("missing", file), failure);
      case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
          new WorkspaceUnavailableException(
              Reason.WRONG_PASSWORD, file, WorkspaceText.about("wrongPassword", file), failure);
      default ->
          new WorkspaceUnavailableException(
              Reason.UNREADABLE, file, WorkspaceText.about("unreadable", file), failure);
    };
  }

  /**
   * A failure of the file itself, at open or while working: a full disk, no permission, a read-only
   * file, a damaged one. Empty for a failure of the work (a broken rule, a bug).
   */
  static Optional<WorkspaceUnavailableException> fileFault(Path file, Throwable failure) {
    Reason reason = faultReason(failure);
    if (reason == null) {
      return Optional.empty();
    }
    String key =
        switch (reason) {
          case DISK_FULL -> "diskFull";
          case NO_PERMISSION -> "noPermission";
          case READ_ONLY -> "readOnly";
          default -> "damaged";
        };
    return Optional.of(
        new WorkspaceUnavailableException(reason, file, WorkspaceText.about(key, file), failure));
  }

  // A full disk is looked for first: the failed write that it causes must never read as damage.
  private static Reason faultReason(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException io && saysFull(io)) {
        return Reason.DISK_FULL;
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AccessDeniedException) {
        return Reason.NO_PERMISSION;
      }
      if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
        return Reason.READ_ONLY;
      }
      if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
        return Reason.DAMAGED;
      }
      if (t instanceof MVStoreException mv && DAMAGE.contains(mv.getErrorCode())) {
        return Reason.DAMAGED;
      }
    }
    return null;
  }

  private static boolean saysFull(IOException io) {
    String message = io.getMessage() == null ? "" : io.getMessage().toLowerCase(Locale.ROOT);
    return FULL.stream().anyMatch(message::contains);
  }

  private static SQLException findSqlException(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
        return sql;
      }
    }
    return null;
  }
}

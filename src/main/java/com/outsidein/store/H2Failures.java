package com.outsidein.store;

import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Turns H2's failures at open time into reasons a person can act on. */
final class H2Failures {

  private H2Failures() {}

  static WorkspaceUnavailableException explain(Path file, Throwable failure) {
    SQLException sql = findSqlException(failure);
    int code = sql == null ? -1 : sql.getErrorCode();
    return switch (code) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
          new WorkspaceUnavailableException(
              Reason.BUSY,
              file,
              "The workspace "
                  + file
                  + " is open in another OutsideIn window or process."
                  + " Close it there, then try again.",
              failure);
      case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
          new WorkspaceUnavailableException(
              Reason.MISSING, file, "There is no workspace at " + file + ".", failure);
      case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
          new WorkspaceUnavailableException(
              Reason.WRONG_PASSWORD,
              file,
              "The password for the workspace " + file + " is not right.",
              failure);
      default ->
          new WorkspaceUnavailableException(
              Reason.UNREADABLE,
              file,
              "The file " + file + " cannot be read as an OutsideIn workspace.",
              failure);
    };
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

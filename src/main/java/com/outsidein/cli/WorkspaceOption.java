package com.outsidein.cli;

import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --workspace FILE} of every command that works on a workspace, and the two ways such a
 * command opens it. The password of an encrypted file comes from the environment, never an option.
 */
final class WorkspaceOption {

  @Option(
      names = "--workspace",
      converter = WorkspaceArgument.class,
      required = true,
      paramLabel = "FILE",
      description = "The workspace file (with or without .mv.db).")
  private Path file;

  Path file() {
    return file;
  }

  /** Opens the workspace, which must exist. */
  WorkspaceSession open() {
    return WorkspaceSession.open(file, WorkspacePassword.fromEnvironment());
  }

  /** Opens the workspace, creating it when there is none. */
  WorkspaceSession openOrCreate() {
    char[] password = WorkspacePassword.fromEnvironment();
    try {
      return WorkspaceSession.open(file, password);
    } catch (WorkspaceUnavailableException e) {
      if (e.reason() != WorkspaceUnavailableException.Reason.MISSING) {
        throw e;
      }
      return WorkspaceSession.create(file, password);
    }
  }
}

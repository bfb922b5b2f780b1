package com.outsidein.exchange.sample;

import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a workspace filled from {@code sample-data/}: the living example a new user sees first.
 */
public final class SampleWorkspace {

  private static final Logger LOG = LoggerFactory.getLogger(SampleWorkspace.class);

  private static final String EXTENSION = ".mv.db";

  private SampleWorkspace() {}

  /**
   * Creates a new workspace at {@code file} and fills it with the sample. The path must not hold a
   * workspace yet. The sample is built under another name and moved into place only when whole, so
   * a start that is stopped half-way leaves no half-made sample to be opened next time.
   */
  public static WorkspaceSession build(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
    Path target = file.resolveSibling(name + EXTENSION);
    if (Files.exists(target)) {
      throw new WorkspaceUnavailableException(
          WorkspaceUnavailableException.Reason.ALREADY_EXISTS,
          target,
          "A workspace already exists at " + target + ".",
          null);
    }
    Path unfinished = file.resolveSibling(name + "-unfinished");
    deleteQuietly(file.resolveSibling(name + "-unfinished" + EXTENSION));
    WorkspaceSession session = WorkspaceSession.create(unfinished);
    Path built = session.file();
    try {
      new SampleLoader(session).load();
      session.markAsSample();
    } catch (RuntimeException e) {
      session.close();
      deleteQuietly(built);
      throw e;
    }
    session.close();
    try {
      Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(built);
      throw new UncheckedIOException(e);
    }
    return WorkspaceSession.open(target);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not remove the unfinished sample workspace {}", file, e);
    }
  }
}

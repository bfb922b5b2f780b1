package com.outsidein.exchange.sample;

import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a workspace filled from {@code sample-data/}: the living example a new user sees first.
 */
public final class SampleWorkspace {

  private static final Logger LOG = LoggerFactory.getLogger(SampleWorkspace.class);

  private SampleWorkspace() {}

  /**
   * Creates a new workspace at {@code file} and fills it with the sample. The path must not hold a
   * workspace yet. If filling fails, the half-made file is removed.
   */
  public static WorkspaceSession build(Path file) {
    WorkspaceSession session = WorkspaceSession.create(file);
    try {
      new SampleLoader(session).load();
      session.markAsSample();
      session.history().clear();
      return session;
    } catch (RuntimeException e) {
      Path created = session.file();
      session.close();
      deleteQuietly(created);
      throw e;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not remove the unfinished sample workspace {}", file, e);
    }
  }
}

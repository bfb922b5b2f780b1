package com.outsidein.exchange.sample;

import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.exchange.ExchangeText;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import java.util.stream.Stream;
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
   * a start that is stopped half-way leaves no half-made sample to be opened next time; a build
   * that fails removes what it made and names the path the person gave.
   */
  public static WorkspaceSession build(Path file) {
    return build(file, WorkspaceSession::create);
  }

  /** Builds the sample with the workspace made by {@code create} (tests give a faulty disk). */
  static WorkspaceSession build(Path file, Function<Path, WorkspaceSession> create) {
    Path target = WorkspaceSession.fileOf(file);
    String fileName = target.getFileName().toString();
    String name = fileName.substring(0, fileName.length() - EXTENSION.length());
    if (Files.exists(target)) {
      throw new WorkspaceUnavailableException(
          WorkspaceUnavailableException.Reason.ALREADY_EXISTS,
          target,
          ExchangeText.get("sample.exists", target),
          null);
    }
    String unfinishedName = name + "-unfinished";
    Path unfinished = target.resolveSibling(unfinishedName);
    removeUnfinished(target, unfinishedName);
    try {
      Path built;
      try (WorkspaceSession session = create.apply(unfinished)) {
        built = session.file();
        new SampleLoader(session).load();
        session.markAsSample();
      }
      Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (RuntimeException | IOException e) {
      removeUnfinished(target, unfinishedName);
      throw namingTheTarget(e, unfinished.resolveSibling(unfinishedName + EXTENSION), target);
    }
    return WorkspaceSession.open(target);
  }

  /**
   * Removes every file the unfinished sample left beside the target (the database, H2's others).
   */
  private static void removeUnfinished(Path target, String unfinishedName) {
    Path folder = target.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(f -> f.getFileName().toString().startsWith(unfinishedName + "."))
          .forEach(SampleWorkspace::deleteQuietly);
    } catch (IOException e) {
      LOG.warn("Could not look for an unfinished sample workspace in {}", folder, e);
    }
  }

  /** The failure as the person sees it: about the path they gave, not the name built under. */
  private static RuntimeException namingTheTarget(Exception failure, Path unfinished, Path target) {
    if (failure instanceof WorkspaceUnavailableException unavailable) {
      String message =
          unavailable
              .getMessage()
              .replace(unfinished.toAbsolutePath().toString(), target.toString())
              .replace(unfinished.toString(), target.toString());
      return new WorkspaceUnavailableException(unavailable.reason(), target, message, failure);
    }
    if (failure instanceof IOException io) {
      LOG.warn("The sample workspace could not be moved into place", io);
      return new WorkspaceUnavailableException(
          WorkspaceUnavailableException.Reason.UNREADABLE,
          target,
          ExchangeText.get("sample.notMade", target),
          io);
    }
    return (RuntimeException) failure;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not remove the unfinished sample workspace {}", file, e);
    }
  }
}

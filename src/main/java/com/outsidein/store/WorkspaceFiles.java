package com.outsidein.store;

import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * How a workspace name maps to its H2 file ({@code NAME} and {@code NAME.mv.db} are the same), and
 * whether a file there is one: anything else is refused before H2 sees it, since H2 would turn an
 * empty file into a new workspace.
 */
public final class WorkspaceFiles {

  public static final String EXTENSION = ".mv.db";

  private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

  private WorkspaceFiles() {}

  /**
   * The database file of the workspace the person named, with or without its extension. A folder
   * (the root {@code /} included) is refused unless a workspace file of its name is beside it.
   */
  public static Path databaseFile(Path named) {
    Path absolute = named.toAbsolutePath().normalize();
    if (absolute.getFileName() == null || namesAFolder(named)) {
      throw new WorkspaceUnavailableException(
          Reason.NOT_A_WORKSPACE, absolute, WorkspaceText.about("folder", absolute), null);
    }
    String fileName = absolute.getFileName().toString();
    Path file =
        fileName.endsWith(EXTENSION) ? absolute : absolute.resolveSibling(fileName + EXTENSION);
    if (Files.isDirectory(absolute) && !Files.isRegularFile(file)) {
      throw new WorkspaceUnavailableException(
          Reason.NOT_A_WORKSPACE, absolute, WorkspaceText.about("folder", absolute), null);
    }
    return file;
  }

  /** {@code .}, {@code ..} and {@code dir/.} (a name given with a trailing separator). */
  private static boolean namesAFolder(Path named) {
    Path last = named.getFileName();
    return last != null && (last.toString().equals(".") || last.toString().equals(".."));
  }

  /** The file name without {@code .mv.db}: what H2's URL and the title bar use. */
  public static String baseName(Path databaseFile) {
    String fileName = databaseFile.getFileName().toString();
    return fileName.substring(0, fileName.length() - EXTENSION.length());
  }

  /** The folder beside the workspace that its routine backups go into: {@code NAME.backups}. */
  public static Path backupFolder(Path databaseFile) {
    return databaseFile.resolveSibling(baseName(databaseFile) + ".backups");
  }

  /** Whether the file is an encrypted H2 database (its header says so). */
  public static boolean isEncrypted(Path databaseFile) {
    return startsWith(databaseFile, ENCRYPTED_HEADER);
  }

  /**
   * Checks that an existing workspace file can be handed to H2: a regular file, not empty, with an
   * H2 header. Throws what the person can act on otherwise; never changes the file.
   */
  static void checkExisting(Path databaseFile) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(databaseFile, BasicFileAttributes.class);
    } catch (IOException e) {
      throw unusable(databaseFile, e);
    }
    if (attributes.isDirectory()) {
      throw new WorkspaceUnavailableException(
          Reason.NOT_A_WORKSPACE, databaseFile, WorkspaceText.about("folder", databaseFile), null);
    }
    if (attributes.size() == 0) {
      throw new WorkspaceUnavailableException(
          Reason.NOT_A_WORKSPACE, databaseFile, WorkspaceText.about("empty", databaseFile), null);
    }
    if (!Files.isReadable(databaseFile)) {
      throw unusable(databaseFile, new AccessDeniedException(databaseFile.toString()));
    }
    if (!startsWith(databaseFile, PLAIN_HEADER) && !startsWith(databaseFile, ENCRYPTED_HEADER)) {
      throw new WorkspaceUnavailableException(
          Reason.NOT_A_WORKSPACE, databaseFile, WorkspaceText.about("foreign", databaseFile), null);
    }
  }

  /** Checks that nothing is in the way of a new workspace file: no file and no folder there. */
  static void checkNew(Path databaseFile) {
    if (Files.isDirectory(databaseFile)) {
      throw new WorkspaceUnavailableException(
          Reason.NOT_A_WORKSPACE, databaseFile, WorkspaceText.about("folder", databaseFile), null);
    }
    if (Files.exists(databaseFile)) {
      throw new WorkspaceUnavailableException(
          Reason.ALREADY_EXISTS, databaseFile, WorkspaceText.about("exists", databaseFile), null);
    }
  }

  /**
   * Why a workspace file could not be looked at: missing, or no permission (a folder on the way
   * that may not be entered counts too), or unreadable.
   */
  static WorkspaceUnavailableException unusable(Path databaseFile, IOException failure) {
    if (failure instanceof NoSuchFileException) {
      return new WorkspaceUnavailableException(
          Reason.MISSING, databaseFile, WorkspaceText.about("missing", databaseFile), failure);
    }
    if (failure instanceof AccessDeniedException) {
      return new WorkspaceUnavailableException(
          Reason.NO_PERMISSION,
          databaseFile,
          WorkspaceText.about("noPermission", databaseFile),
          failure);
    }
    return new WorkspaceUnavailableException(
        Reason.UNREADABLE, databaseFile, WorkspaceText.about("unreadable", databaseFile), failure);
  }

  private static boolean startsWith(Path file, byte[] header) {
    byte[] read = new byte[header.length];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(read, 0, read.length) == read.length && Arrays.equals(read, header);
    } catch (IOException e) {
      return false;
    }
  }

  static Path basePath(Path databaseFile) {
    return databaseFile.resolveSibling(baseName(databaseFile));
  }
}

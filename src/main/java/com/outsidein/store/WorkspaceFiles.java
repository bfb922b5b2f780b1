package com.outsidein.store;

import java.nio.file.Path;

/** How a workspace name maps to its H2 file: {@code NAME} and {@code NAME.mv.db} are the same. */
public final class WorkspaceFiles {

  public static final String EXTENSION = ".mv.db";

  private WorkspaceFiles() {}

  /** The database file of the workspace the person named, with or without its extension. */
  public static Path databaseFile(Path named) {
    Path absolute = named.toAbsolutePath().normalize();
    String fileName = absolute.getFileName().toString();
    return fileName.endsWith(EXTENSION) ? absolute : absolute.resolveSibling(fileName + EXTENSION);
  }

  /** The file name without {@code .mv.db}: what H2's URL and the title bar use. */
  public static String baseName(Path databaseFile) {
    String fileName = databaseFile.getFileName().toString();
    return fileName.substring(0, fileName.length() - EXTENSION.length());
  }

  /** Whether the file is an encrypted H2 database (its header says so). */
  public static boolean isEncrypted(Path databaseFile) {
    byte[] header = new byte[ENCRYPTED_HEADER.length];
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(databaseFile)) {
      return in.readNBytes(header, 0, header.length) == header.length
          && java.util.Arrays.equals(header, ENCRYPTED_HEADER);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static final byte[] ENCRYPTED_HEADER =
      "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  static Path basePath(Path databaseFile) {
    return databaseFile.resolveSibling(baseName(databaseFile));
  }
}

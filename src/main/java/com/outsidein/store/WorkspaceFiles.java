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

  static Path basePath(Path databaseFile) {
    return databaseFile.resolveSibling(baseName(databaseFile));
  }
}

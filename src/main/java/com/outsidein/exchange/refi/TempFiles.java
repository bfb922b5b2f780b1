package com.outsidein.exchange.refi;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A hidden temp file beside the target, moved into place once written whole. */
final class TempFiles {

  private TempFiles() {}

  static Path beside(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    return Files.createTempFile(folder, "." + file.getFileName(), ".part");
  }

  static void moveInPlace(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

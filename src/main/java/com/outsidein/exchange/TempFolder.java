package com.outsidein.exchange;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.LoggerFactory;

/**
 * Gives POI a temp folder of the app's own. POI's default, {@code poifiles} in the system temp
 * folder, is shared by every user of the machine: when another user made it first, exports fail.
 */
public final class TempFolder {

  private TempFolder() {}

  /**
   * Makes {@code folder} (readable by its owner only) the place of POI's temp files; when it cannot
   * be made, POI's default stays and the reason is logged.
   */
  public static void useForExports(Path folder) {
    try {
      Files.createDirectories(folder);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      LoggerFactory.getLogger(TempFolder.class).warn("No temp folder of our own at {}", folder, e);
      return;
    }
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
  }
}

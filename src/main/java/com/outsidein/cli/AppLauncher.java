package com.outsidein.cli;

import java.nio.file.Path;

/** Opens the desktop app; the command line calls it when no command is given. */
@FunctionalInterface
public interface AppLauncher {

  /**
   * @param workspace the workspace to open, or null for the last one used (or the sample)
   */
  void launch(Path workspace);
}

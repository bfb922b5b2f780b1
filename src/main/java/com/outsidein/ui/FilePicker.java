package com.outsidein.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a view asks the person for a file to open. The app shows a file chooser over the main window
 * ({@link FxFilePicker}); a test hands over a file of its own.
 */
public interface FilePicker {

  /**
   * The file the person chose, or empty when they cancelled.
   *
   * @param title the chooser's title
   * @param kind the name of the files offered, as the chooser's filter shows it
   * @param patterns the files offered, as globs such as {@code *.txt}
   */
  Optional<Path> open(String title, String kind, List<String> patterns);
}

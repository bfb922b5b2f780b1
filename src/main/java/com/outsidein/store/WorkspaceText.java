package com.outsidein.store;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sentences about a workspace file that cannot be used, from {@code workspace.properties}. */
final class WorkspaceText {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.outsidein.store.workspace", Locale.getDefault());

  private WorkspaceText() {}

  /**
   * The sentence {@code key} about {@code file}: {0} is the file, {1} the folder of its backups,
   * {2} an example of a workspace file inside it (when it is a folder).
   */
  static String about(String key, Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    Path backups =
        name.endsWith(WorkspaceFiles.EXTENSION) ? WorkspaceFiles.backupFolder(file) : file;
    return new MessageFormat(BUNDLE.getString(key), Locale.ROOT)
        .format(new Object[] {file, backups, file.resolve("research" + WorkspaceFiles.EXTENSION)});
  }
}

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
   * {2} an example of a workspace file inside it (when it is a folder), {3}… the further details.
   */
  static String about(String key, Path file, Object... details) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    Path backups =
        name.endsWith(WorkspaceFiles.EXTENSION) ? WorkspaceFiles.backupFolder(file) : file;
    Object[] args = new Object[3 + details.length];
    args[0] = file;
    args[1] = backups;
    args[2] = file.resolve("research" + WorkspaceFiles.EXTENSION);
    System.arraycopy(details, 0, args, 3, details.length);
    return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
  }
}

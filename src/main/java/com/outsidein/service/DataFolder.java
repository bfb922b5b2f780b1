package com.outsidein.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where OutsideIn keeps its own files: the sample workspace, settings and logs. The system property
 * {@code outsidein.dataDir} moves it (tests and portable installs use it).
 */
public final class DataFolder {

  public static final String OVERRIDE_PROPERTY = "outsidein.dataDir";

  private final Path root;

  public DataFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The data folder of this user on this system. */
  public static DataFolder forCurrentUser() {
    return new DataFolder(
        locate(
            System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home")));
  }

  static Path locate(String osName, Map<String, String> env, String home) {
    String override = System.getProperty(OVERRIDE_PROPERTY);
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      return appData != null
          ? Path.of(appData, "OutsideIn")
          : Path.of(home, "AppData", "Roaming", "OutsideIn");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "OutsideIn");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return xdg != null && !xdg.isBlank()
        ? Path.of(xdg, "outsidein")
        : Path.of(home, ".local", "share", "outsidein");
  }

  public Path root() {
    return root;
  }

  public Path sampleWorkspace() {
    return root.resolve("sample.mv.db");
  }

  public Path settingsFile() {
    return root.resolve("settings.properties");
  }

  public Path logs() {
    return root.resolve("logs");
  }

  /** The app's own temporary files (a shared system temp folder may belong to another user). */
  public Path temp() {
    return root().resolve("temp");
  }
}

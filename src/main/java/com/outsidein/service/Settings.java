package com.outsidein.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person's preferences: recent workspaces, window place, theme. Kept in a small properties file
 * in the data folder and written whole (to a temporary file, then moved), so a crash never leaves
 * half a file.
 */
public final class Settings {

  private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
  private static final int MAX_RECENT = 8;

  private final Path file;
  private final Properties values = new Properties();

  private Settings(Path file) {
    this.file = file;
  }

  /** Reads the settings; a missing or unreadable file gives the defaults. */
  public static Settings load(Path file) {
    Settings settings = new Settings(file);
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        settings.values.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("Settings file {} could not be read; using defaults", file, e);
      }
    }
    return settings;
  }

  public synchronized void save() {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        values.store(writer, "OutsideIn settings");
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Settings could not be saved to {}", file, e);
    }
  }

  /** Recent workspaces, most recent first; the first is the one to reopen. */
  public synchronized List<Path> recentWorkspaces() {
    List<Path> recent = new ArrayList<>();
    for (int i = 0; i < MAX_RECENT; i++) {
      String value = values.getProperty("recent." + i);
      if (value != null) {
        recent.add(Path.of(value));
      }
    }
    return recent;
  }

  public synchronized Optional<Path> lastWorkspace() {
    return recentWorkspaces().stream().findFirst();
  }

  /** Puts a workspace at the top of the recent list. */
  public synchronized void rememberWorkspace(Path file) {
    List<Path> recent = new ArrayList<>(recentWorkspaces());
    recent.remove(file);
    recent.add(0, file);
    for (int i = 0; i < MAX_RECENT; i++) {
      if (i < recent.size()) {
        values.setProperty("recent." + i, recent.get(i).toString());
      } else {
        values.remove("recent." + i);
      }
    }
  }

  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  public synchronized void put(String key, String value) {
    values.setProperty(key, value);
  }

  public synchronized boolean flag(String key) {
    return Boolean.parseBoolean(values.getProperty(key, "false"));
  }

  public synchronized Optional<Double> number(String key) {
    try {
      return get(key).map(Double::parseDouble);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

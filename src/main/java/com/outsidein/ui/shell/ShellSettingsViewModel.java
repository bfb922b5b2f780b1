package com.outsidein.ui.shell;

import com.outsidein.service.Settings;
import java.util.Locale;
import java.util.Optional;

/**
 * What the main window keeps between runs: its theme, the section shown, and where the window was
 * and how big. The window reads and writes them here, never the settings file itself.
 */
public final class ShellSettingsViewModel {

  /** Where the window was and how big; x and y are absent until it was placed once. */
  public record Placement(
      double width, double height, Optional<Double> x, Optional<Double> y, boolean maximized) {}

  static final double DEFAULT_WIDTH = 1280;
  static final double DEFAULT_HEIGHT = 800;

  private final Settings settings;

  public ShellSettingsViewModel(Settings settings) {
    this.settings = settings;
  }

  public Theme theme() {
    return Theme.named(settings.get("theme").orElse("light"));
  }

  /** Remembers the theme at once. */
  public void chooseTheme(Theme theme) {
    settings.put("theme", theme.name().toLowerCase(Locale.ROOT));
    settings.save();
  }

  /** The section shown when the app was last closed, if it still exists. */
  public Optional<Section> section() {
    return settings.get("section").flatMap(ShellSettingsViewModel::sectionNamed);
  }

  public Placement placement() {
    return new Placement(
        settings.number("window.width").orElse(DEFAULT_WIDTH),
        settings.number("window.height").orElse(DEFAULT_HEIGHT),
        settings.number("window.x"),
        settings.number("window.y"),
        settings.flag("window.maximized"));
  }

  /**
   * Remembers how the window is left and saves everything; a maximized window keeps the place it
   * had before.
   */
  public void rememberOnQuit(Theme theme, Section section, Placement placement) {
    settings.put("theme", theme.name().toLowerCase(Locale.ROOT));
    settings.put("section", section.name());
    settings.put("window.maximized", Boolean.toString(placement.maximized()));
    if (!placement.maximized()) {
      placement.x().ifPresent(x -> settings.put("window.x", Double.toString(x)));
      placement.y().ifPresent(y -> settings.put("window.y", Double.toString(y)));
      settings.put("window.width", Double.toString(placement.width()));
      settings.put("window.height", Double.toString(placement.height()));
    }
    settings.save();
  }

  private static Optional<Section> sectionNamed(String name) {
    try {
      return Optional.of(Section.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

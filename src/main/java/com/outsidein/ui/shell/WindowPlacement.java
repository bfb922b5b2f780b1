package com.outsidein.ui.shell;

import com.outsidein.service.Settings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers where the main window was and how big, and puts it back there. */
final class WindowPlacement {

  private static final double DEFAULT_WIDTH = 1280;
  private static final double DEFAULT_HEIGHT = 800;

  private final Settings settings;

  WindowPlacement(Settings settings) {
    this.settings = settings;
  }

  void restore(Stage stage) {
    double width = settings.number("window.width").orElse(DEFAULT_WIDTH);
    double height = settings.number("window.height").orElse(DEFAULT_HEIGHT);
    stage.setWidth(Math.max(800, width));
    stage.setHeight(Math.max(560, height));
    settings
        .number("window.x")
        .ifPresent(
            x ->
                settings
                    .number("window.y")
                    .ifPresent(
                        y -> {
                          if (isOnSomeScreen(x, y)) {
                            stage.setX(x);
                            stage.setY(y);
                          }
                        }));
    stage.setMaximized(settings.flag("window.maximized"));
  }

  void remember(Stage stage) {
    settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
    if (!stage.isMaximized()) {
      settings.put("window.x", Double.toString(stage.getX()));
      settings.put("window.y", Double.toString(stage.getY()));
      settings.put("window.width", Double.toString(stage.getWidth()));
      settings.put("window.height", Double.toString(stage.getHeight()));
    }
  }

  private static boolean isOnSomeScreen(double x, double y) {
    return !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty();
  }
}

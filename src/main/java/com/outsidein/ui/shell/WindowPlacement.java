package com.outsidein.ui.shell;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window back where it was and how big, and reads how it is left. */
final class WindowPlacement {

  private WindowPlacement() {}

  static void restore(Stage stage, ShellSettingsViewModel.Placement placement) {
    stage.setWidth(Math.max(800, placement.width()));
    stage.setHeight(Math.max(560, placement.height()));
    placement
        .x()
        .ifPresent(
            x ->
                placement
                    .y()
                    .ifPresent(
                        y -> {
                          if (isOnSomeScreen(x, y)) {
                            stage.setX(x);
                            stage.setY(y);
                          }
                        }));
    stage.setMaximized(placement.maximized());
  }

  static ShellSettingsViewModel.Placement of(Stage stage) {
    return new ShellSettingsViewModel.Placement(
        stage.getWidth(),
        stage.getHeight(),
        Optional.of(stage.getX()),
        Optional.of(stage.getY()),
        stage.isMaximized());
  }

  private static boolean isOnSomeScreen(double x, double y) {
    return !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty();
  }
}

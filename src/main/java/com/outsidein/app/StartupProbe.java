package com.outsidein.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For {@code packaging/startup/measure.sh}: when the system property {@value #PROPERTY} names a
 * file, writes into it the time (epoch milliseconds) at which the window first showed a table with
 * rows, after two frames with them, so the measure knows when the workspace's first rows were on
 * screen. Does nothing otherwise.
 */
final class StartupProbe extends AnimationTimer {

  static final String PROPERTY = "outsidein.startupProbe";

  private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

  private final Stage stage;
  private final Path marker;
  private int framesWithRows;

  private StartupProbe(Stage stage, Path marker) {
    this.stage = stage;
    this.marker = marker;
  }

  static void watchIfAsked(Stage stage) {
    String marker = System.getProperty(PROPERTY);
    if (marker != null && !marker.isBlank()) {
      new StartupProbe(stage, Path.of(marker)).start();
    }
  }

  @Override
  public void handle(long now) {
    Scene scene = stage.getScene();
    if (!stage.isShowing() || scene == null || !showsRows(scene)) {
      return;
    }
    if (++framesWithRows < 2) {
      return;
    }
    stop();
    try {
      Files.writeString(marker, Long.toString(System.currentTimeMillis()));
    } catch (IOException e) {
      LOG.warn("Could not write the startup marker", e);
    }
  }

  private static boolean showsRows(Scene scene) {
    for (Node node : scene.getRoot().lookupAll(".table-view")) {
      if (node instanceof TableView<?> table && !table.getItems().isEmpty() && shown(table)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shown(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }
}

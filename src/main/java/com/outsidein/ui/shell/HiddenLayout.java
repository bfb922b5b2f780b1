package com.outsidein.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/**
 * Lays out screens that are not shown yet once, hidden beside the shown one (after it, so a lookup
 * finds the shown one first) and one per pulse, so that their controls get their skins, styles and
 * first rows while the person reads the first screen. The first switch to a large screen (the
 * observations table) then costs what a later switch costs.
 */
final class HiddenLayout {

  private final Pane content;
  private final Deque<Node> waiting;
  private final BooleanSupplier stillWanted;

  private HiddenLayout(Pane content, List<Node> screens, BooleanSupplier stillWanted) {
    this.content = content;
    this.waiting = new ArrayDeque<>(screens);
    this.stillWanted = stillWanted;
  }

  /**
   * Starts preparing {@code screens} in {@code content}; stops as soon as {@code stillWanted} says
   * no (another workspace opened).
   */
  static void prepare(Pane content, List<Node> screens, BooleanSupplier stillWanted) {
    new HiddenLayout(content, screens, stillWanted).next();
  }

  private void next() {
    Scene scene = content.getScene();
    if (scene == null || waiting.isEmpty() || !stillWanted.getAsBoolean()) {
      return;
    }
    Node screen = waiting.poll();
    if (screen.getParent() != null) {
      next();
      return;
    }
    screen.setVisible(false);
    content.getChildren().add(screen);
    Runnable[] afterLayout = new Runnable[1];
    afterLayout[0] =
        () -> {
          scene.removePostLayoutPulseListener(afterLayout[0]);
          Platform.runLater(() -> takeBack(screen));
        };
    scene.addPostLayoutPulseListener(afterLayout[0]);
    Platform.requestNextPulse();
  }

  /** Removes the prepared screen again, unless it has been chosen meanwhile. */
  private void takeBack(Node screen) {
    if (!screen.isVisible()) {
      content.getChildren().remove(screen);
      screen.setVisible(true);
    }
    next();
  }
}

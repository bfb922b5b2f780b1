package com.outsidein.app;

import com.outsidein.ui.shell.Section;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Times a switch to the Observations section: from setting the section to the end of the first
 * pulse that lays out a table row holding an observation. Shared by the section-switch test and the
 * UI bench.
 */
final class SectionSwitchTiming {

  private SectionSwitchTiming() {}

  /** Milliseconds from switching to the section until a pulse has laid out a row of it. */
  static long switchToObservations(Stage stage, DesktopApp app) throws Exception {
    Scene scene = stage.getScene();
    AtomicLong shown = new AtomicLong();
    AtomicLong started = new AtomicLong();
    Runnable check =
        () -> {
          if (shown.get() == 0 && started.get() != 0 && rowShown(scene)) {
            shown.set(System.nanoTime());
          }
        };
    WaitForAsyncUtils.asyncFx(
            () -> {
              scene.addPostLayoutPulseListener(check);
              started.set(System.nanoTime());
              app.model().sectionProperty().set(Section.OBSERVATIONS);
            })
        .get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown.get() != 0);
    WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(check))
        .get(10, TimeUnit.SECONDS);
    return (shown.get() - started.get()) / 1_000_000;
  }

  /** Leaves the Observations section for Studies and lets the switch settle. */
  static void leaveObservations(DesktopApp app) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.model().sectionProperty().set(Section.STUDIES))
        .get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static boolean rowShown(Scene scene) {
    Node table = scene.lookup("#observations-table");
    if (!(table instanceof TableView<?> view) || !view.isVisible() || view.getScene() == null) {
      return false;
    }
    return view.lookupAll(".table-row-cell").stream()
        .anyMatch(n -> n instanceof TableRow<?> row && row.getItem() != null && row.isVisible());
  }
}

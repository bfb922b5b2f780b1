package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.exchange.bench.Bench;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.shell.Section;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching to the Observations section right after a large workspace opens shows its first rows
 * quickly: the view model reads the first rows before the rest of the page. The time is taken from
 * the switch to the end of the first pulse that lays out a row with an observation in it, and
 * printed as one JSON line. 5,000 observations by default; 100,000 (and the target of 100
 * ms) with {@code -Dheavy=true}.
 */
@ExtendWith(ApplicationExtension.class)
class ObservationsSectionSwitchTest {

  private static final boolean HEAVY = Boolean.getBoolean("heavy");
  private static final int OBSERVATIONS = HEAVY ? 100_000 : 5_000;

  @TempDir static Path folder;
  private static Path workspace;
  private DesktopApp app;
  private Stage stage;

  @BeforeAll
  static void build() throws Exception {
    workspace = folder.resolve("bench");
    try (WorkspaceSession session = WorkspaceSession.create(workspace)) {
      Bench.fill(session, OBSERVATIONS, folder);
    }
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataFolder data = new DataFolder(folder.resolve("data"));
    Settings settings = Settings.load(data.settingsFile());
    settings.put(WelcomeViewModel.DISMISSED, "true");
    settings.save();
    app = DesktopApp.start(stage, data, WorkspaceSession.fileOf(workspace));
  }

  @Stop
  void stop() {
    app.close();
  }

  /** Milliseconds from switching to the section until a pulse has laid out a row of it. */
  private long switchToObservations() throws Exception {
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

  private static boolean rowShown(Scene scene) {
    Node table = scene.lookup("#observations-table");
    if (!(table instanceof TableView<?> view) || !view.isVisible() || view.getScene() == null) {
      return false;
    }
    return view.lookupAll(".table-row-cell").stream()
        .anyMatch(n -> n instanceof TableRow<?> row && row.getItem() != null && row.isVisible());
  }

  @Test
  void theFirstRowsShowSoonAfterSwitchingRightAfterOpening(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().session() != null);
    long firstSwitch = switchToObservations();
    WaitForAsyncUtils.asyncFx(() -> app.model().sectionProperty().set(Section.STUDIES))
        .get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    long secondSwitch = switchToObservations();

    System.out.printf(
        Locale.ROOT,
        "{\"observations\":%d,\"sectionSwitchMs\":%d,\"sectionSwitchAgainMs\":%d}%n",
        OBSERVATIONS,
        firstSwitch,
        secondSwitch);
    AppTestSupport.awaitRows(robot, "#observations-table", 1000);
    assertThat(firstSwitch).as("right after opening, cold").isLessThan(10_000);
    assertThat(secondSwitch).as("once more").isLessThan(HEAVY ? 100 : 1_000);
  }
}

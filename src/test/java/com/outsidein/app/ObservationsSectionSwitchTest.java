package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.exchange.bench.Bench;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * ms) with {@code -Dheavy=true} (or {@code -Dbench.ui=true}, as the UI bench measures it).
 */
@ExtendWith(ApplicationExtension.class)
class ObservationsSectionSwitchTest {

  private static final boolean HEAVY = Boolean.getBoolean("heavy") || UiBenchTest.BENCH_UI;
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

  @Test
  void theFirstRowsShowSoonAfterSwitchingRightAfterOpening(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().session() != null);
    long firstSwitch = SectionSwitchTiming.switchToObservations(stage, app);
    SectionSwitchTiming.leaveObservations(app);
    long secondSwitch = SectionSwitchTiming.switchToObservations(stage, app);

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

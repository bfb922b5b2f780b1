package com.outsidein.app;

import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.ui.FilePicker;
import com.outsidein.ui.FxFilePicker;
import com.outsidein.ui.FxWait;
import com.outsidein.ui.shell.Section;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole app in a test on the sample workspace in a temporary data folder. */
final class AppTestSupport {

  private AppTestSupport() {}

  /**
   * Starts on the sample with the first-start welcome already dismissed (WelcomeTest covers it).
   */
  static DesktopApp startOnSample(Stage stage, Path dataFolder) {
    return startOnSample(stage, dataFolder, new FxFilePicker(() -> stage));
  }

  /** As {@link #startOnSample(Stage, Path)}, with files to open chosen by the test. */
  static DesktopApp startOnSample(Stage stage, Path dataFolder, FilePicker files) {
    DataFolder folder = new DataFolder(dataFolder);
    Settings settings = Settings.load(folder.settingsFile());
    settings.put(WelcomeViewModel.DISMISSED, "true");
    settings.save();
    return DesktopApp.start(stage, folder, null, files);
  }

  static void awaitWorkspace(DesktopApp app) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().session() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  static void visit(FxRobot robot, Section section) {
    Node item = robot.lookup("#nav-" + section.name().toLowerCase(Locale.ROOT)).query();
    robot.clickOn(item);
    WaitForAsyncUtils.waitForFxEvents();
  }

  static void awaitRows(FxRobot robot, String tableId, int atLeast) throws Exception {
    FxWait.until(
        15, () -> robot.lookup(tableId).queryAs(TableView.class).getItems().size() >= atLeast);
  }

  static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    FxWait.until(15, condition);
  }
}

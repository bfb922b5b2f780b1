package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.ui.FxWait;
import com.outsidein.ui.shell.Section;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WelcomeTest {

  @TempDir static Path folder;
  private DataFolder dataFolder;
  private DesktopApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    dataFolder = new DataFolder(folder.resolve("first-start"));
    app = DesktopApp.start(stage, dataFolder, null);
  }

  @Stop
  void stop() throws Exception {
    app.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void welcomesOnFirstStartOverTheSampleOnlyUntilDismissedAndHelpShowsItAgain(FxRobot robot)
      throws Exception {
    waitForWorkspace();
    assertThat(stage.getTitle()).contains("sample workspace");
    waitForWelcome(robot, true);
    Window welcome = robot.lookup("#welcome").query().getScene().getWindow();
    assertThat(((Stage) welcome).getOwner()).isSameAs(stage);
    assertThat(texts(robot))
        .contains("Log an interview", "Build an insight", "Fill the canvas", "Your own workspace");

    robot.clickOn(showingButton(robot, "#welcome-close"));
    waitForWelcome(robot, false);
    assertThat(Settings.load(dataFolder.settingsFile()).flag(WelcomeViewModel.DISMISSED)).isTrue();

    // A second start on the same data folder: the sample again, and no welcome.
    robot.interact(
        () -> {
          app.close();
          app = DesktopApp.start(stage, dataFolder, null);
        });
    waitForWorkspace();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getTitle()).contains("sample workspace");
    assertThat(welcomeShowing(robot)).isFalse();

    // Help › Welcome… shows it again, and a next step leads to its screen.
    MenuItem item = helpItem(robot, "menu-welcome");
    robot.interact(item::fire);
    waitForWelcome(robot, true);
    robot.clickOn(showingButton(robot, "#welcome-go-build_insight"));
    waitForWelcome(robot, false);
    assertThat(app.model().sectionProperty().get()).isEqualTo(Section.INSIGHTS);
  }

  private void waitForWorkspace() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().session() != null);
  }

  private static void waitForWelcome(FxRobot robot, boolean showing) throws Exception {
    FxWait.until(10, () -> welcomeShowing(robot) == showing);
  }

  private static boolean welcomeShowing(FxRobot robot) {
    return robot.lookup("#welcome").queryAll().stream()
        .map(Node::getScene)
        .anyMatch(
            scene -> scene != null && scene.getWindow() != null && scene.getWindow().isShowing());
  }

  /** The button in the welcome that is showing (an earlier start's welcome window may linger). */
  private static Button showingButton(FxRobot robot, String query) {
    return robot.lookup(query).queryAllAs(Button.class).stream()
        .filter(button -> button.getScene().getWindow().isShowing())
        .findFirst()
        .orElseThrow();
  }

  private static String texts(FxRobot robot) {
    StringBuilder all = new StringBuilder();
    robot
        .lookup("#welcome .label")
        .queryAllAs(Label.class)
        .forEach(label -> all.append(label.getText()).append('\n'));
    return all.toString();
  }

  private MenuItem helpItem(FxRobot robot, String id) {
    MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream()
        .map(Menu::getItems)
        .flatMap(java.util.List::stream)
        .filter(item -> id.equals(item.getId()))
        .findFirst()
        .orElseThrow();
  }
}

package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.ui.FxWait;
import com.outsidein.ui.shell.Section;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  @TempDir static Path folder;
  private DesktopApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    DataFolder dataFolder = new DataFolder(folder.resolve("first-start"));
    // The welcome that covers the first start has its own test (WelcomeTest).
    Settings settings = Settings.load(dataFolder.settingsFile());
    settings.put(WelcomeViewModel.DISMISSED, "true");
    settings.save();
    app = DesktopApp.start(stage, dataFolder, null);
  }

  @Stop
  void stop() {
    app.close();
  }

  @Test
  void firstStartOpensTheSampleAndEveryNavigationItemShowsItsContent(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().session() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getTitle()).contains("sample workspace");
    assertThat(robot.lookup("#status-path").queryAs(Label.class).getText())
        .endsWith("sample.mv.db");
    FxWait.until(
        10,
        () ->
            robot.lookup("#status-counts").queryAs(Label.class).getText().contains("observations"));

    assertRows(robot, Section.STUDIES, "#studies-table", 2);
    assertRows(robot, Section.PEOPLE, "#people-table", 8);
    assertRows(robot, Section.INTERVIEWS, "#interviews-table", 10);
    assertRows(robot, Section.OBSERVATIONS, "#observations-table", 60);
    visit(robot, Section.INSIGHTS);
    FxWait.until(10, () -> robot.lookup(".insight-card").queryAll().size() >= 5);
    assertRows(robot, Section.SYNTHESIS, "#say-do-table", 3);
    assertRows(robot, Section.CANVASES, "#canvases-table", 1);
    visit(robot, Section.CODEBOOK);
    FxWait.until(
        10,
        () -> {
          TreeTableView<?> tree = robot.lookup("#codebook-tree").queryAs(TreeTableView.class);
          return tree.getRoot() != null && tree.getRoot().getChildren().size() >= 3;
        });
  }

  @Test
  void selectingAnInterviewShowsItsNotes(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().session() != null);
    assertRows(robot, Section.INTERVIEWS, "#interviews-table", 10);
    Node firstRow = robot.lookup("#interviews-table .table-row-cell").query();
    robot.clickOn(firstRow);
    FxWait.until(
        10,
        () ->
            robot
                    .lookup("#interview-notes")
                    .tryQueryAs(org.fxmisc.richtext.StyleClassedTextArea.class)
                    .map(area -> area.getText().length())
                    .orElse(0)
                > 200);
  }

  private static void visit(FxRobot robot, Section section) {
    Node item = robot.lookup("#nav-" + section.name().toLowerCase(Locale.ROOT)).query();
    robot.clickOn(item);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void assertRows(FxRobot robot, Section section, String tableId, int atLeast)
      throws Exception {
    visit(robot, section);
    FxWait.until(
        10, () -> robot.lookup(tableId).queryAs(TableView.class).getItems().size() >= atLeast);
  }
}

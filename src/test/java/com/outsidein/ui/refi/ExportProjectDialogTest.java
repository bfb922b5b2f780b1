package com.outsidein.ui.refi;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.exchange.refi.QdpxExporter;
import com.outsidein.service.NoQuoteWorkspace;
import com.outsidein.ui.task.ThreadedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportProjectDialogTest {

  @TempDir static Path folder;
  private static NoQuoteWorkspace workspace;
  private ThreadedTaskExecutor tasks;
  private ExportProjectViewModel model;

  @BeforeAll
  static void build() {
    workspace = NoQuoteWorkspace.build(folder.resolve("consent"));
  }

  @AfterAll
  static void close() {
    workspace.session.close();
  }

  @Start
  void start(Stage stage) {
    tasks = new ThreadedTaskExecutor();
    stage.setScene(new Scene(new StackPane(), 300, 200));
    stage.show();
    model =
        new ExportProjectViewModel(
            workspace.session.studies(),
            new QdpxExporter(workspace.session.exchange(), workspace.session.reports()),
            workspace.session.name(),
            tasks);
    new ExportProjectDialog(stage, model).show();
  }

  @Stop
  void stop() {
    tasks.close();
  }

  @Test
  void exportsTheChosenStudyInTheBackgroundAndListsWhatWasHeldBack(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.scopes().size() == 2);
    Path project = folder.resolve("depots.qdpx");
    robot.interact(
        () -> {
          model.scopeProperty().set(model.scopes().get(1));
          model.targetProperty().set(project);
        });
    assertThat(model.suggestedFileName()).isEqualTo("Depots.qdpx");

    robot.clickOn("#refi-export-run");

    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#refi-export-status")
                .queryAs(Label.class)
                .getText()
                .startsWith("Project written"));
    assertThat(Files.exists(project)).isTrue();
    assertThat(robot.lookup("#refi-export-held-back").queryAs(Label.class).getText())
        .startsWith("Held back for consent")
        .contains("Depot visit")
        .contains("transcript");
    assertThat(model.runningProperty().get()).isFalse();
  }
}

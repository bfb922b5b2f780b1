package com.outsidein.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.TestThreads;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.ui.task.ThreadedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
class ExportReportViewModelTest {

  @TempDir static Path folder;
  private static KnownWorkspace known;
  private ThreadedTaskExecutor tasks;
  private ExportReportViewModel model;

  @BeforeAll
  static void build() {
    known = KnownWorkspace.build(folder.resolve("known"));
  }

  @AfterAll
  static void close() {
    known.session.close();
  }

  @Start
  void start(Stage stage) {
    tasks = new ThreadedTaskExecutor();
    model =
        new ExportReportViewModel(
            known.session.studies(),
            new ReportWriter(known.session, TestThreads.HELPERS),
            known.session.name(),
            tasks);
  }

  @Stop
  void stop() {
    tasks.close();
  }

  @Test
  void cancellingStopsTheExportAndLeavesNoFile(FxRobot robot) throws Exception {
    Path out = Files.createDirectories(folder.resolve("cancelled"));
    robot.interact(
        () -> {
          model.targetProperty().set(out.resolve("report.xlsx"));
          model.export();
          model.cancel();
        });

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.outcomeProperty().get()).isEqualTo(ExportReportViewModel.Outcome.CANCELLED);
    assertThat(model.statusProperty().get()).isEqualTo("Export cancelled. Nothing was written.");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void theSuggestedNameForAllStudiesIsTheWorkspaces() {
    assertThat(model.suggestedFileName()).isEqualTo("known report.xlsx");
  }
}

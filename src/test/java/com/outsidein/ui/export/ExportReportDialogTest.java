package com.outsidein.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.TestThreads;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.task.ThreadedTaskExecutor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
class ExportReportDialogTest {

  @TempDir static Path folder;
  private static WorkspaceSession sample;
  private ThreadedTaskExecutor tasks;
  private ExportReportDialog dialog;

  @BeforeAll
  static void buildSample() {
    sample = SampleWorkspace.build(folder.resolve("sample"));
  }

  @AfterAll
  static void closeSample() {
    sample.close();
  }

  @Start
  void start(Stage stage) {
    tasks = new ThreadedTaskExecutor();
    stage.setScene(new Scene(new StackPane(), 300, 200));
    stage.show();
    dialog =
        new ExportReportDialog(
            stage,
            new ExportReportViewModel(
                sample.studies(),
                new ReportWriter(sample, TestThreads.HELPERS),
                sample.name(),
                tasks));
    dialog.show();
  }

  @Stop
  void stop() {
    tasks.close();
  }

  @Test
  void exportsTheChosenStudyInTheBackgroundAndSaysWhereItWent(FxRobot robot) throws Exception {
    ExportReportViewModel model = dialog.model();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.scopes().size() == 3);
    Path report = folder.resolve("onboarding.xlsx");
    robot.interact(
        () -> {
          model
              .scopeProperty()
              .set(
                  model.scopes().stream()
                      .filter(s -> "Onboarding experience".equals(s.title()))
                      .findFirst()
                      .orElseThrow());
          model.targetProperty().set(report);
        });
    assertThat(model.suggestedFileName()).isEqualTo("Onboarding experience report.xlsx");

    robot.clickOn("#export-run");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> model.outcomeProperty().get() == ExportReportViewModel.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#export-status").queryAs(Label.class).getText())
        .contains(report.toString());
    assertThat(model.progressProperty().get()).isEqualTo(1.0);
    try (InputStream in = Files.newInputStream(report);
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
      assertThat(workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("OutsideIn report: Onboarding experience");
      assertThat(workbook.getSheet("Observations").getLastRowNum()).isPositive();
    }
  }

  @Test
  void aFolderThatDoesNotExistIsReportedInTheDialog(FxRobot robot) throws Exception {
    ExportReportViewModel model = dialog.model();
    Path report = folder.resolve("missing").resolve("report.xlsx");
    robot.interact(() -> model.targetProperty().set(report));

    robot.clickOn("#export-run");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> model.outcomeProperty().get() == ExportReportViewModel.Outcome.FAILED);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#export-status").queryAs(Label.class).getText())
        .startsWith("The report could not be written")
        .contains("does not exist");
    assertThat(folder.resolve("missing")).doesNotExist();
  }

  @Test
  void exportIsOnlyPossibleOnceAFileIsChosenAndCloseClosesTheDialog(FxRobot robot) {
    assertThat(robot.lookup("#export-run").queryButton().isDisabled()).isTrue();

    robot.clickOn("#export-cancel");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(dialog.stage().isShowing()).isFalse();
  }
}

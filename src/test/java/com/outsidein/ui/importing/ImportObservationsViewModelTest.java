package com.outsidein.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.task.ThreadedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImportObservationsViewModelTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private ThreadedTaskExecutor tasks;
  private ImportObservationsViewModel model;

  @Start
  void start(Stage stage) {
    session = WorkspaceSession.create(folder.resolve("ws"));
    tasks = new ThreadedTaskExecutor();
    model =
        new ImportObservationsViewModel(
            session.studies(), new ObservationImporter(session), session.search(), tasks);
  }

  @Stop
  void stop() {
    tasks.close();
  }

  @AfterEach
  void close() {
    session.close();
  }

  private void awaitOutcome(ImportObservationsViewModel.Outcome wanted) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.outcomeProperty().get() == wanted);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theSameFileAgainAsksFirstAndImportsOnlyWhenToldTo(FxRobot robot) throws Exception {
    Path csv = folder.resolve("again.csv");
    Files.writeString(csv, "observation\nOnce\n");
    robot.interact(
        () -> {
          model.pathProperty().set(csv.toString());
          model.studyProperty().set("Churn");
          model.importFile(false);
        });
    awaitOutcome(ImportObservationsViewModel.Outcome.SUCCEEDED);

    robot.interact(() -> model.importFile(false));
    awaitOutcome(ImportObservationsViewModel.Outcome.ALREADY_IMPORTED);
    assertThat(session.counts().observations()).isEqualTo(1);
    assertThat(model.statusProperty().get()).contains("imported before");

    robot.interact(() -> model.importFile(true));
    awaitOutcome(ImportObservationsViewModel.Outcome.SUCCEEDED);
    assertThat(session.counts().observations()).isEqualTo(2);
  }

  @Test
  void aBadFileListsItsProblemsAndWritesNothing(FxRobot robot) throws Exception {
    Path csv = folder.resolve("bad.csv");
    Files.writeString(csv, "observation,sentiment\nOne,5\n,0\n");
    robot.interact(
        () -> {
          model.pathProperty().set(csv.toString());
          model.studyProperty().set("Churn");
          model.importFile(false);
        });
    awaitOutcome(ImportObservationsViewModel.Outcome.FAILED);

    assertThat(model.problems())
        .containsExactly(
            "bad.csv, row 2, column sentiment: 5 is outside -2..2",
            "bad.csv, row 3, column observation: must not be blank");
    assertThat(session.counts().observations()).isZero();
  }

  @Test
  void thePreviewShowsTheFirstRowsColumnsAndWarnings(FxRobot robot) throws Exception {
    Path csv = folder.resolve("preview.csv");
    Files.writeString(csv, "Observation,Kind,Colour\nOne,says,red\nTwo,does,blue\n");

    robot.interact(() -> model.pathProperty().set(csv.toString()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.previewRows().size() == 2);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.previewHeader()).containsExactly("Observation", "Kind", "Colour");
    assertThat(model.detectedProperty().get()).isEqualTo("observation, kind");
    assertThat(model.warnings()).singleElement().asString().contains("\"Colour\"");
  }

  @Test
  void cancellingWritesNothing(FxRobot robot) throws Exception {
    StringBuilder text = new StringBuilder("observation\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("Row ").append(i).append('\n');
    }
    Path csv = folder.resolve("cancel.csv");
    Files.writeString(csv, text);
    robot.interact(
        () -> {
          model.pathProperty().set(csv.toString());
          model.studyProperty().set("Churn");
          model.importFile(false);
          model.cancel();
        });
    awaitOutcome(ImportObservationsViewModel.Outcome.CANCELLED);

    assertThat(session.counts().observations()).isZero();
    assertThat(session.imports().batches()).isEmpty();
  }
}

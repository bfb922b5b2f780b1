package com.outsidein.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ImportProgress;
import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.exchange.importing.PeopleImporter;
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
class PeopleAndRemoveImportViewModelTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private ThreadedTaskExecutor tasks;

  @Start
  void start(Stage stage) {
    session = WorkspaceSession.create(folder.resolve("ws"));
    tasks = new ThreadedTaskExecutor();
  }

  @Stop
  void stop() {
    tasks.close();
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void peopleAreImportedInTheBackgroundAndProblemsListed(FxRobot robot) throws Exception {
    ImportPeopleViewModel model = new ImportPeopleViewModel(new PeopleImporter(session), tasks);
    Path good = folder.resolve("people.csv");
    Files.writeString(good, "name,email\nAna,ana@x.org\n");
    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, "name,consent_quotes\nBo,perhaps\n");

    robot.interact(
        () -> {
          model.pathProperty().set(good.toString());
          model.importFile(false);
        });
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> model.outcomeProperty().get() == ImportObservationsViewModel.Outcome.SUCCEEDED);
    robot.interact(
        () -> {
          model.pathProperty().set(bad.toString());
          model.importFile(false);
        });
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> model.outcomeProperty().get() == ImportObservationsViewModel.Outcome.FAILED);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.problems())
        .containsExactly(
            "bad.csv, row 2, column consent_quotes: \"perhaps\" is neither yes nor no");
    assertThat(session.people().people()).hasSize(1);
  }

  @Test
  void anImportIsListedAndRemovedWhole(FxRobot robot) throws Exception {
    Path csv = folder.resolve("obs.csv");
    Files.writeString(csv, "interview,participant,observation\nVisit,Ana,One\nVisit,Ana,Two\n");
    new ObservationImporter(session).importObservations(csv, "Churn", false, ImportProgress.NONE);
    RemoveImportViewModel model =
        new RemoveImportViewModel(session.studies(), session.imports(), tasks);

    robot.interact(model::load);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.entries().size() == 1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.entries().get(0).label())
        .startsWith("obs.csv")
        .contains("2 rows")
        .contains("Churn");
    robot.interact(
        () -> {
          model.selectedProperty().set(model.entries().get(0));
          model.remove();
        });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.entries().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.statusProperty().get())
        .isEqualTo("Removed 2 observations, 1 interviews, 1 people, 0 accounts and 0 codes.");
    assertThat(session.counts().observations()).isZero();
    assertThat(session.counts().people()).isZero();
  }
}

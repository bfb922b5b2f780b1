package com.outsidein.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ImportProgress;
import com.outsidein.exchange.importing.ObservationImporter;
import com.outsidein.exchange.importing.PeopleImporter;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.FxWait;
import com.outsidein.ui.task.ThreadedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
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

/** The Import people… and Remove import… windows, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class ImportPeopleAndRemoveImportDialogsTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private ThreadedTaskExecutor tasks;
  private Stage owner;

  @Start
  void start(Stage stage) {
    session = WorkspaceSession.create(folder.resolve("ws"));
    tasks = new ThreadedTaskExecutor();
    owner = stage;
    stage.setScene(new Scene(new StackPane(), 300, 200));
    stage.show();
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
  void aBadPeopleFileListsItsProblemAndAddsNoOneThenAGoodOneComesIn(FxRobot robot)
      throws Exception {
    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, "name,consent_quotes\nBo,perhaps\n");
    Path good = folder.resolve("people.csv");
    Files.writeString(good, "name,email\nAna,ana@x.org\n");
    robot.interact(
        () ->
            new ImportPeopleDialog(
                    owner, new ImportPeopleViewModel(new PeopleImporter(session), tasks))
                .show());

    robot.clickOn("#import-people-file").write(bad.toString());
    robot.clickOn("#import-people-run");
    ListView<?> problems = robot.lookup("#import-people-problems").queryAs(ListView.class);
    FxWait.until(10, () -> problems.getItems().size() == 1);
    assertThat(problems.isVisible()).isTrue();
    assertThat(problems.getItems().get(0).toString())
        .isEqualTo("bad.csv, row 2, column consent_quotes: \"perhaps\" is neither yes nor no");
    assertThat(session.people().people()).isEmpty();

    TextField file = robot.lookup("#import-people-file").queryAs(TextField.class);
    robot.interact(() -> file.setText(good.toString()));
    robot.clickOn("#import-people-run");
    FxWait.until(10, () -> session.people().people().size() == 1);
    FxWait.until(10, () -> !problems.isVisible());
    assertThat(robot.lookup("#import-people-status").queryAs(Label.class).getText()).isNotBlank();
  }

  @Test
  void anImportChosenAndConfirmedIsRemovedWhole(FxRobot robot) throws Exception {
    Path csv = folder.resolve("obs.csv");
    Files.writeString(csv, "interview,participant,observation\nVisit,Ana,One\nVisit,Ana,Two\n");
    new ObservationImporter(session).importObservations(csv, "Churn", false, ImportProgress.NONE);
    robot.interact(
        () ->
            new RemoveImportDialog(
                    owner, new RemoveImportViewModel(session.studies(), session.imports(), tasks))
                .show());

    ListView<?> imports = robot.lookup("#remove-imports").queryAs(ListView.class);
    FxWait.until(10, () -> imports.getItems().size() == 1);
    robot.interact(() -> imports.getSelectionModel().select(0));
    robot.clickOn("#remove-run");
    robot.clickOn("OK");

    FxWait.until(10, () -> imports.getItems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#remove-status").queryAs(Label.class).getText())
        .isEqualTo("Removed 2 observations, 1 interviews, 1 people, 0 accounts and 0 codes.");
    assertThat(session.counts().observations()).isZero();
  }
}

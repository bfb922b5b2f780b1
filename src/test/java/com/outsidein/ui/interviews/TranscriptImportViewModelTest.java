package com.outsidein.ui.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.Commands;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.entry.QuickEntryViewModel;
import com.outsidein.ui.task.ThreadedTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** Import transcript… in the interview editor: replace, append, and a refused file. */
@ExtendWith(ApplicationExtension.class)
class TranscriptImportViewModelTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private ThreadedTaskExecutor tasks;
  private InterviewEditorViewModel model;
  private long interviewId;
  private final RecordingAlerts alerts = new RecordingAlerts();

  @Start
  void start(Stage stage) {
    session = WorkspaceSession.create(folder.resolve("ws"));
    Study study = session.studies().create(Study.titled("S"));
    interviewId =
        session
            .interviews()
            .create(
                new Interview(0, study.id(), "Visit", null, null, null, null, "", "", null),
                List.of())
            .id();
    tasks = new ThreadedTaskExecutor();
    alerts.answer(false);
    Commands commands = new Commands(tasks, alerts);
    model =
        new InterviewEditorViewModel(
            new QuickEntryViewModel(
                session.people(),
                session.codebook(),
                session.observations(),
                session.events(),
                commands),
            commands);
  }

  @Stop
  void stop() {
    tasks.close();
  }

  @AfterEach
  void close() {
    session.close();
  }

  private String stored() {
    return session.interviews().get(interviewId).orElseThrow().text(InterviewField.TRANSCRIPT);
  }

  @Test
  void aTranscriptReplacesTheEmptyOneThenAnotherIsAppendedAndABadFileChangesNothing(FxRobot robot)
      throws Exception {
    Path srt = folder.resolve("call.srt");
    Files.writeString(srt, "1\n00:00:01,000 --> 00:00:02,000\nAnna: Hello\n");
    Path txt = folder.resolve("more.txt");
    Files.writeString(txt, "Ben: Bye\n");
    Path binary = folder.resolve("bad.txt");
    Files.write(binary, new byte[] {0, 1, 2});
    robot.interact(() -> model.open(session, interviewId));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.interviewProperty().get() != null);

    robot.interact(() -> model.importTranscript(srt, false));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> stored().equals("[00:00:01] Anna: Hello\n"));
    robot.interact(() -> model.importTranscript(txt, true));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> stored().equals("[00:00:01] Anna: Hello\n\nBen: Bye\n"));
    robot.interact(() -> model.importTranscript(binary, false));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !alerts.errors().isEmpty());

    assertThat(alerts.errors().get(0)).contains("not a text file");
    assertThat(model.text(InterviewField.TRANSCRIPT))
        .isEqualTo("[00:00:01] Anna: Hello\n\nBen: Bye\n");
    assertThat(stored()).isEqualTo("[00:00:01] Anna: Hello\n\nBen: Bye\n");
  }
}

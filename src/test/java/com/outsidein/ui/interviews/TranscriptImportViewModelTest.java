package com.outsidein.ui.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.RecordingAlerts;
import com.outsidein.ui.task.InlineTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import transcript… in the interview editor: replace, append, and a refused file. */
class TranscriptImportViewModelTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private final InlineTaskExecutor tasks = new InlineTaskExecutor();
  private InterviewEditorViewModel model;
  private long interviewId;
  private final RecordingAlerts alerts = new RecordingAlerts();

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("ws"));
    Study study = session.studies().create(Study.titled("S"));
    interviewId =
        session
            .interviews()
            .create(
                new Interview(0, study.id(), "Visit", null, null, null, null, "", "", null),
                List.of())
            .id();
    model = InterviewEditorViewModelTest.editorOn(session, tasks, alerts);
  }

  @AfterEach
  void close() {
    model.close();
    session.close();
  }

  private String stored() {
    return session.interviews().get(interviewId).orElseThrow().text(InterviewField.TRANSCRIPT);
  }

  @Test
  void aTranscriptReplacesTheEmptyOneThenAnotherIsAppendedAndABadFileChangesNothing()
      throws Exception {
    Path srt = folder.resolve("call.srt");
    Files.writeString(srt, "1\n00:00:01,000 --> 00:00:02,000\nAnna: Hello\n");
    Path txt = folder.resolve("more.txt");
    Files.writeString(txt, "Ben: Bye\n");
    Path binary = folder.resolve("bad.txt");
    Files.write(binary, new byte[] {0, 1, 2});
    model.open(interviewId);

    model.importTranscript(srt, false);
    assertThat(stored()).isEqualTo("[00:00:01] Anna: Hello\n");
    model.importTranscript(txt, true);
    assertThat(stored()).isEqualTo("[00:00:01] Anna: Hello\n\nBen: Bye\n");
    model.importTranscript(binary, false);

    assertThat(alerts.errors()).hasSize(1);
    assertThat(alerts.errors().get(0)).contains("not a text file");
    assertThat(model.text(InterviewField.TRANSCRIPT))
        .isEqualTo("[00:00:01] Anna: Hello\n\nBen: Bye\n");
    assertThat(stored()).isEqualTo("[00:00:01] Anna: Hello\n\nBen: Bye\n");
    assertThat(model.dirtyProperty().get()).isFalse();
  }
}

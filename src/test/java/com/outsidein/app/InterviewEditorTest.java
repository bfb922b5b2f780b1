package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.ui.shell.Section;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class InterviewEditorTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  private StyleClassedTextArea notes(FxRobot robot) {
    return robot.lookup("#interview-notes").queryAs(StyleClassedTextArea.class);
  }

  private Interview openInterview() {
    var summaries = app.model().session().interviews().summaries(null);
    return app.model().session().interviews().get(summaries.get(0).id()).orElseThrow();
  }

  @Test
  void selectingWordsAndPressingTheShortcutMakesAHighlightedObservation(FxRobot robot)
      throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.INTERVIEWS);
    AppTestSupport.await(() -> notes(robot).getLength() > 200);
    Interview interview = openInterview();
    String phrase = "two hospital lifts, an apartment block";
    int start = interview.notes().indexOf(phrase);
    assertThat(start).isPositive();
    int before = app.model().session().observations().ofInterview(interview.id()).size();

    robot.clickOn(notes(robot));
    robot.interact(() -> notes(robot).selectRange(start, start + phrase.length()));
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .press(KeyCode.O)
        .release(KeyCode.O)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);

    AppTestSupport.await(
        () ->
            app.model().session().observations().ofInterview(interview.id()).size() == before + 1);
    List<Observation> observations =
        app.model().session().observations().ofInterview(interview.id());
    Observation made =
        observations.stream().max(Comparator.comparingLong(Observation::id)).orElseThrow();
    assertThat(made.quote()).isEqualTo(phrase);
    assertThat(made.kind()).isEqualTo(ObservationKind.SAYS);
    assertThat(made.highlight().field()).isEqualTo(InterviewField.NOTES);
    assertThat(interview.notes().substring(made.highlight().start(), made.highlight().end()))
        .isEqualTo(phrase);
    AppTestSupport.await(
        () ->
            robot.lookup("#interview-observations").queryAs(ListView.class).getItems().size()
                == before + 1);
    AppTestSupport.await(
        () -> notes(robot).getStyleOfChar(start + 2).contains("highlight-selected"));
  }

  @Test
  void typedNotesAreCommittedWhenTypingPausesAndHighlightsMoveWithThem(FxRobot robot)
      throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.INTERVIEWS);
    AppTestSupport.await(() -> notes(robot).getLength() > 200);
    Interview interview = openInterview();
    Observation quoted =
        app.model().session().observations().ofInterview(interview.id()).stream()
            .filter(o -> o.highlight() != null && o.highlight().field() == InterviewField.NOTES)
            .findFirst()
            .orElseThrow();
    String passage =
        interview.notes().substring(quoted.highlight().start(), quoted.highlight().end());

    robot.clickOn(notes(robot));
    robot.interact(() -> notes(robot).moveTo(0));
    robot.write("Rainy morning. ");

    AppTestSupport.await(
        () ->
            app.model()
                .session()
                .interviews()
                .get(interview.id())
                .orElseThrow()
                .notes()
                .startsWith("Rainy morning. "));
    Interview saved = app.model().session().interviews().get(interview.id()).orElseThrow();
    Observation moved = app.model().session().observations().get(quoted.id()).orElseThrow();
    assertThat(saved.notes().substring(moved.highlight().start(), moved.highlight().end()))
        .isEqualTo(passage);
  }
}

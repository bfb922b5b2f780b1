package com.outsidein.app;

import com.outsidein.domain.Observation;
import com.outsidein.ui.shell.Section;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class SearchWindowTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  @Test
  void ctrlKFindsAWordAndOpensTheInterviewWithTheWordSelected(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.STUDIES);
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    AppTestSupport.await(() -> robot.lookup("#search-field").tryQuery().isPresent());
    robot.clickOn("#search-field").write("apartment");
    AppTestSupport.await(() -> status(robot).contains("1 found"));

    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

    AppTestSupport.await(() -> app.model().sectionProperty().get() == Section.INTERVIEWS);
    AppTestSupport.await(
        () ->
            robot.lookup(".interview-text").queryAllAs(StyleClassedTextArea.class).stream()
                .anyMatch(area -> area.getSelectedText().equalsIgnoreCase("apartment")));
  }

  @Test
  void aWordTypedIntoAnObservationIsFoundAtOnceAndOpensItsRow(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.STUDIES);
    var session = app.model().session();
    Observation note =
        session
            .observations()
            .create(
                Observation.note(session.studies().all().get(0).id(), "Quokka sighting at depot"),
                List.of());

    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    AppTestSupport.await(() -> robot.lookup("#search-field").tryQuery().isPresent());
    robot.clickOn("#search-field").write("quokka");
    AppTestSupport.await(() -> status(robot).contains("1 found"));
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

    AppTestSupport.await(() -> app.model().sectionProperty().get() == Section.OBSERVATIONS);
    AppTestSupport.await(
        () ->
            robot
                .lookup("#observations-table")
                .queryTableView()
                .getSelectionModel()
                .getSelectedItems()
                .stream()
                .anyMatch(
                    row ->
                        ((com.outsidein.domain.ObservationRow) row).observation().id()
                            == note.id()));
  }

  @Test
  void enterTypedStraightAfterTheWordsOpensTheFirstHit(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.STUDIES);
    robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
    AppTestSupport.await(() -> robot.lookup("#search-field").tryQuery().isPresent());

    robot.clickOn("#search-field").write("apartment").type(KeyCode.ENTER);

    AppTestSupport.await(() -> app.model().sectionProperty().get() == Section.INTERVIEWS);
    AppTestSupport.await(
        () ->
            robot.lookup(".interview-text").queryAllAs(StyleClassedTextArea.class).stream()
                .anyMatch(area -> area.getSelectedText().equalsIgnoreCase("apartment")));
    AppTestSupport.await(() -> robot.lookup("#search-field").tryQuery().isEmpty());
  }

  private static String status(FxRobot robot) {
    return robot.lookup("#search-status").tryQueryAs(Label.class).map(Label::getText).orElse("");
  }
}

package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CitationTarget;
import com.outsidein.ui.shell.Section;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class CanvasScreenTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  @Test
  @SuppressWarnings("unchecked")
  void anAnswerTurnsFromUnsupportedToSupportedWhenItCitesAnInsightThroughThePicker(FxRobot robot)
      throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.CANVASES);
    AppTestSupport.awaitRows(robot, "#canvases-table", 1);

    robot.clickOn(
        robot
            .lookup(".button")
            .match(
                (Node n) ->
                    ((Button) n).getText() != null && ((Button) n).getText().equals("New canvas"))
            .queryButton());
    AppTestSupport.await(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
    TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
    robot.interact(() -> name.setText("Renewal plan"));
    robot.clickOn(
        robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
    AppTestSupport.await(
        () ->
            robot
                .lookup("#canvas-title")
                .queryAs(TextField.class)
                .getText()
                .equals("Renewal plan"));
    long canvasId =
        app.model().session().canvases().summaries().stream()
            .filter(c -> c.canvas().title().equals("Renewal plan"))
            .findFirst()
            .orElseThrow()
            .canvas()
            .id();

    robot.clickOn(robot.lookup(".canvas-think .add-answer").queryButton());
    AppTestSupport.await(
        () -> robot.lookup(".canvas-think #entry-unsupported").tryQuery().isPresent());
    TextArea answer = robot.lookup(".canvas-think .entry-answer").queryAs(TextArea.class);
    robot.clickOn(answer).write("They see us as reliable but slow to change");
    AppTestSupport.await(() -> answer.getText().endsWith("slow to change"));
    robot.clickOn(robot.lookup(".canvas-think .entry-cite").queryButton());
    AppTestSupport.await(
        () ->
            app.model()
                .session()
                .canvases()
                .content(canvasId)
                .prompts()
                .get(0)
                .entries()
                .get(0)
                .entry()
                .answer()
                .equals("They see us as reliable but slow to change"));
    AppTestSupport.await(() -> robot.lookup("#picker-filter").tryQuery().isPresent());
    robot.clickOn("#picker-filter").write("Insight: Renewals");
    AppTestSupport.await(
        () ->
            robot
                .lookup("#picker-filter")
                .queryAs(TextField.class)
                .getText()
                .equals("Insight: Renewals"));
    robot.type(KeyCode.ENTER);

    AppTestSupport.await(
        () -> robot.lookup(".canvas-think #entry-supported").tryQuery().isPresent());
    assertThat(robot.lookup(".canvas-think #entry-supported").queryAs(Label.class).getText())
        .isEqualTo("1 citation");
    var entry =
        app.model().session().canvases().content(canvasId).prompts().get(0).entries().get(0);
    assertThat(entry.citations())
        .singleElement()
        .satisfies(c -> assertThat(c.target().kind()).isEqualTo(CitationTarget.Kind.INSIGHT));
    assertThat(robot.lookup("#canvas-completeness").queryAs(Label.class).getText())
        .startsWith("1 of 21 prompts answered")
        .contains("1 of 1 answers supported");
  }
}

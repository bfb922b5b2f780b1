package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
import com.outsidein.ui.shell.Section;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class ObservationEntryTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  private List<ObservationRow> newest(int count) {
    return app.model().session().observations().rows(ObservationFilter.ALL, 0, count);
  }

  private int total() {
    return app.model().session().observations().count(ObservationFilter.ALL);
  }

  @Test
  void threeObservationsAreLoggedWithTheKeyboardOnlyAndOneIsCodedThroughTheAutocomplete(
      FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    AppTestSupport.awaitRows(robot, "#observations-table", 60);
    int before = total();

    robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
    robot.write("Dispatcher keeps a paper backup of the day plan").type(KeyCode.ENTER);
    AppTestSupport.await(() -> total() == before + 1);
    awaitEntryReady(robot);

    writeInto(robot, "#entry-text", "Says the app is quicker than the whiteboard");
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .press(KeyCode.DIGIT3)
        .release(KeyCode.DIGIT3)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    awaitKind(robot, ObservationKind.SAYS_THEY_DO);
    robot.type(KeyCode.TAB);
    awaitFocus(robot, "#entry-speaker");
    robot.write("Priya");
    AppTestSupport.await(
        () -> robot.lookup("#entry-speaker-suggestions .suggestion").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    AppTestSupport.await(
        () ->
            robot
                .lookup("#entry-speaker")
                .queryAs(TextField.class)
                .getText()
                .equals("Priya Raman"));
    robot.type(KeyCode.ENTER);
    AppTestSupport.await(() -> total() == before + 2);
    awaitEntryReady(robot);

    writeInto(robot, "#entry-text", "Rebuilds the route on a whiteboard after lunch");
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .press(KeyCode.DIGIT2)
        .release(KeyCode.DIGIT2)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    awaitKind(robot, ObservationKind.DOES);
    robot.type(KeyCode.TAB);
    awaitFocus(robot, "#entry-speaker");
    robot.type(KeyCode.TAB);
    awaitFocus(robot, "#entry-codes");
    robot.write("re-plann");
    AppTestSupport.await(
        () -> robot.lookup("#entry-codes-suggestions .suggestion").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    AppTestSupport.await(() -> robot.lookup("#entry-code-chips .code-chip").tryQuery().isPresent());
    robot.type(KeyCode.ENTER);
    AppTestSupport.await(() -> total() == before + 3);

    List<ObservationRow> rows = newest(3);
    assertThat(rows.get(2).observation().text())
        .isEqualTo("Dispatcher keeps a paper backup of the day plan");
    assertThat(rows.get(1).observation().kind()).isEqualTo(ObservationKind.SAYS_THEY_DO);
    assertThat(rows.get(1).speaker()).isEqualTo("Priya Raman");
    assertThat(rows.get(0).observation().kind()).isEqualTo(ObservationKind.DOES);
    assertThat(rows.get(0).codePaths())
        .containsExactly("Scheduling/Route planning/Manual re-planning");
  }

  /** Types text and waits until the field holds it, so no later key press races the typing. */
  private static void writeInto(FxRobot robot, String field, String text) throws Exception {
    robot.write(text);
    AppTestSupport.await(
        () -> robot.lookup(field).queryAs(TextField.class).getText().endsWith(text));
  }

  /** The kind chosen by its shortcut, and the modifier keys let go before the next key. */
  private static void awaitKind(FxRobot robot, ObservationKind kind) throws Exception {
    AppTestSupport.await(
        () ->
            robot
                .lookup("#entry-kind-" + kind.code())
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected());
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents(3);
  }

  private static void awaitFocus(FxRobot robot, String id) throws Exception {
    AppTestSupport.await(() -> robot.lookup(id).queryAs(TextField.class).isFocused());
  }

  /** After an observation is added, the cursor is back in the empty text field. */
  private static void awaitEntryReady(FxRobot robot) throws Exception {
    AppTestSupport.await(
        () -> {
          TextField text = robot.lookup("#entry-text").queryAs(TextField.class);
          return text.isFocused() && text.getText().isEmpty();
        });
  }

  @Test
  void undoTakesBackTheLastChange(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    AppTestSupport.awaitRows(robot, "#observations-table", 60);
    int before = total();
    robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
    robot.write("A note to take back").type(KeyCode.ENTER);
    AppTestSupport.await(() -> total() == before + 1);
    AppTestSupport.await(() -> app.model().canUndoProperty().get());

    robot.clickOn("#observations-table");
    robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);

    AppTestSupport.await(() -> total() == before);
    assertThat(newest(1).get(0).observation().text()).isNotEqualTo("A note to take back");
  }
}

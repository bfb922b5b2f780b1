package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Study;
import com.outsidein.domain.StudySummary;
import com.outsidein.ui.shell.Section;
import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A date typed into a field is kept when the person leaves it with Tab or Enter; a date that does
 * not exist, or an end before its start, is refused with a message beside the field.
 */
class DateFieldsTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  @Test
  void aStudyDateIsKeptOnTabAndImpossibleOrDisorderedDatesAreRefusedBesideTheField(FxRobot robot)
      throws Exception {
    Study study = selectFirstStudy(robot);
    LocalDate start = study.startsOn();
    LocalDate newStart = (start != null ? start : LocalDate.of(2026, 1, 5)).minusDays(2);

    type(robot, "#study-starts", newStart.toString(), KeyCode.TAB);
    AppTestSupport.await(() -> stored(study).startsOn().equals(newStart));

    type(robot, "#study-starts", "2026-02-30", KeyCode.TAB);
    AppTestSupport.await(() -> problem(robot, "#study-starts").contains("2026-02-30"));
    type(robot, "#study-starts", "13/45/2026", KeyCode.ENTER);
    AppTestSupport.await(() -> problem(robot, "#study-starts").contains("13/45/2026"));
    assertThat(stored(study).startsOn()).isEqualTo(newStart);

    type(robot, "#study-ends", newStart.minusDays(3).toString(), KeyCode.ENTER);
    AppTestSupport.await(() -> !problem(robot, "#study-ends").isEmpty());
    assertThat(stored(study).endsOn()).isEqualTo(study.endsOn());
    assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();

    LocalDate newEnd = newStart.plusDays(40);
    type(robot, "#study-ends", newEnd.toString(), KeyCode.TAB);
    AppTestSupport.await(() -> newEnd.equals(stored(study).endsOn()));
    assertThat(problem(robot, "#study-ends")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private Study selectFirstStudy(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.STUDIES);
    AppTestSupport.awaitRows(robot, "#studies-table", 1);
    TableView<StudySummary> table = robot.lookup("#studies-table").queryAs(TableView.class);
    robot.interact(() -> table.getSelectionModel().select(0));
    Study study = table.getItems().get(0).study();
    AppTestSupport.await(
        () ->
            robot.lookup("#study-title").queryAs(TextField.class).getText().equals(study.title()));
    return study;
  }

  private Study stored(Study study) {
    return app.model().session().studies().all().stream()
        .filter(s -> s.id() == study.id())
        .findFirst()
        .orElseThrow();
  }

  private static void type(FxRobot robot, String field, String text, KeyCode leaveWith) {
    TextField editor = robot.lookup(field).queryAs(DatePicker.class).getEditor();
    robot.clickOn(editor);
    robot.interact(() -> editor.setText(text));
    robot.type(leaveWith);
  }

  private static String problem(FxRobot robot, String field) {
    Label label = robot.lookup(field + "-problem").queryAs(Label.class);
    return label.isVisible() ? label.getText() : "";
  }
}

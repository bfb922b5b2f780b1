package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.service.WorkspaceSession;
import com.outsidein.ui.shell.Section;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The quick entry of a workspace opened after the sample knows nothing of the sample. */
class NewWorkspaceQuickEntryTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  private static List<String> hints(FxRobot robot) {
    return robot.lookup(".quick-entry .label").queryAllAs(Labeled.class).stream()
        .map(Labeled::getText)
        .toList();
  }

  @Test
  void aNewWorkspaceShowsNoStudyOfTheSampleInTheQuickEntryHint(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    WorkspaceSession sample = app.model().session();
    List<String> sampleStudies = sample.studies().all().stream().map(s -> s.title()).toList();
    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    AppTestSupport.await(
        () -> hints(robot).stream().anyMatch(h -> sampleStudies.stream().anyMatch(h::contains)));

    robot.interact(() -> app.model().create(app.folder().resolve("fresh")));
    AppTestSupport.await(() -> app.model().session() != null && app.model().session() != sample);
    AppTestSupport.visit(robot, Section.STUDIES);
    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    robot.interact(() -> robot.lookup("#entry-text").queryAs(TextField.class).setText("Seen"));

    assertThat(hints(robot)).noneMatch(h -> sampleStudies.stream().anyMatch(h::contains));
    assertThat(robot.lookup("#entry-add").queryAs(Button.class).isDisabled()).isTrue();
  }
}

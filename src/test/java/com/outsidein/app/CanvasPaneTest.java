package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CanvasStatus;
import com.outsidein.domain.CanvasSummary;
import com.outsidein.domain.Study;
import com.outsidein.ui.shell.Section;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The canvas pane shows nothing of a canvas that is not there (#14.6). */
class CanvasPaneTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  private String owner(FxRobot robot) {
    return robot.lookup("#canvas-owner").queryAs(TextField.class).getText();
  }

  private static void awaitSampleOwner(FxRobot robot) throws Exception {
    AppTestSupport.awaitRows(robot, "#canvases-table", 1);
    AppTestSupport.await(
        () -> !robot.lookup("#canvas-owner").queryAs(TextField.class).getText().isEmpty());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aNewWorkspaceShowsNoOwnerStudyOrStatusOnItsEmptyCanvasPane(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.CANVASES);
    awaitSampleOwner(robot);
    var sample = app.model().session();

    robot.interact(() -> app.model().create(app.folder().resolve("fresh")));
    AppTestSupport.await(() -> app.model().session() != null && app.model().session() != sample);
    AppTestSupport.visit(robot, Section.CANVASES);

    AppTestSupport.await(
        () -> robot.lookup("#canvases-table").queryAs(TableView.class).getItems().isEmpty());
    assertThat(owner(robot)).isEmpty();
    assertThat(robot.lookup("#canvas-status").queryAs(ComboBox.class).getValue()).isNull();
    assertThat(robot.lookup("#canvas-scope").queryAs(ComboBox.class).getValue()).isNull();
  }

  @Test
  @SuppressWarnings("unchecked")
  void deletingEveryCanvasLeavesNoOwnerStudyOrStatusOnThePane(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.CANVASES);
    awaitSampleOwner(robot);
    var canvases = app.model().session().canvases();
    Study first = app.model().session().studies().all().get(0);
    for (CanvasSummary summary : canvases.summaries()) {
      canvases.update(summary.canvas().withStudy(first.id()).withStatus(CanvasStatus.ACTIVE));
    }

    for (CanvasSummary summary : canvases.summaries()) {
      canvases.delete(summary.canvas().id());
    }

    AppTestSupport.await(
        () -> robot.lookup("#canvases-table").queryAs(TableView.class).getItems().isEmpty());
    AppTestSupport.await(() -> owner(robot).isEmpty());
    assertThat(robot.lookup("#canvas-status").queryAs(ComboBox.class).getValue()).isNull();
    assertThat(robot.lookup("#canvas-scope").queryAs(ComboBox.class).getValue()).isNull();
  }
}

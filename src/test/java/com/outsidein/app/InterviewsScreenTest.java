package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.ui.FilePicker;
import com.outsidein.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Interviews section driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class InterviewsScreenTest {

  @TempDir Path folder;
  private DesktopApp app;
  private Stage stage;
  private final List<String> asked = new ArrayList<>();
  private Path chosen;

  /** Hands over {@link #chosen} as a person would pick it in the file chooser. */
  private final FilePicker files =
      (title, kind, patterns) -> {
        asked.add(title + " " + patterns);
        return Optional.ofNullable(chosen);
      };

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = AppTestSupport.startOnSample(stage, folder.resolve("data"), files);
  }

  @Stop
  void stop() {
    app.close();
  }

  private long openInterviewId(FxRobot robot) {
    @SuppressWarnings("unchecked")
    TableView<InterviewSummary> table = robot.lookup("#interviews-table").queryAs(TableView.class);
    return table.getSelectionModel().getSelectedItem().id();
  }

  private String storedTranscript(long interviewId) {
    return app.model()
        .session()
        .interviews()
        .get(interviewId)
        .orElseThrow()
        .text(InterviewField.TRANSCRIPT);
  }

  /** Shown in the main window itself, with every parent shown and the whole node inside it. */
  private boolean shownInMainWindow(Node node) {
    if (node.getScene() == null || node.getScene().getWindow() != stage) {
      return false;
    }
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    Bounds bounds = node.localToScene(node.getBoundsInLocal());
    return bounds.getWidth() > 0
        && bounds.getMinX() >= 0
        && bounds.getMaxX() <= node.getScene().getWidth()
        && bounds.getMinY() >= 0
        && bounds.getMaxY() <= node.getScene().getHeight();
  }

  @Test
  void importTranscriptShowsInAWideWindowAndImportsTheChosenFile(FxRobot robot) throws Exception {
    chosen = folder.resolve("call notes.txt");
    Files.writeString(chosen, "Ben: The lifts were down again.\n");
    robot.interact(
        () -> {
          stage.setWidth(1280);
          stage.setHeight(800);
        });
    AppTestSupport.awaitWorkspace(app);
    AppTestSupport.visit(robot, Section.INTERVIEWS);
    AppTestSupport.await(
        () ->
            robot.lookup("#interview-notes").queryAs(StyleClassedTextArea.class).getLength() > 200);
    long interviewId = openInterviewId(robot);
    boolean hadTranscript = !storedTranscript(interviewId).isBlank();
    Optional<Button> found = robot.lookup("#interview-import-transcript").tryQueryAs(Button.class);

    assertThat(stage.getWidth()).isEqualTo(1280);
    assertThat(found).as("in the window, not in an overflow menu").isPresent();
    Button importTranscript = found.orElseThrow();
    assertThat(shownInMainWindow(importTranscript)).isTrue();

    robot.clickOn(importTranscript);
    WaitForAsyncUtils.waitForFxEvents();
    if (hadTranscript) {
      robot.clickOn("Replace");
    }

    AppTestSupport.await(
        () -> storedTranscript(interviewId).equals("Ben: The lifts were down again.\n"));
    assertThat(asked).hasSize(1);
    AppTestSupport.await(
        () ->
            robot
                .lookup("#interview-transcript")
                .queryAs(StyleClassedTextArea.class)
                .getText()
                .equals("Ben: The lifts were down again.\n"));
  }
}

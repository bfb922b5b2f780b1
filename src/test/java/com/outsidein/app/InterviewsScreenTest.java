package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.InterviewField;
import com.outsidein.domain.InterviewSummary;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.ObservationRow;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Interviews section driven as a person would. */
class InterviewsScreenTest {

  private final List<String> asked = new ArrayList<>();
  private Path chosen;

  /** Hands over {@link #chosen} as a person would pick it in the file chooser. */
  private final FilePicker files =
      (title, kind, patterns) -> {
        asked.add(title + " " + patterns);
        return Optional.ofNullable(chosen);
      };

  @RegisterExtension final RunningApp app = RunningApp.onSample().choosingFilesWith(files);

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
    if (node.getScene() == null || node.getScene().getWindow() != app.stage()) {
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
    chosen = app.folder().resolve("call notes.txt");
    Files.writeString(chosen, "Ben: The lifts were down again.\n");
    robot.interact(
        () -> {
          app.stage().setWidth(1280);
          app.stage().setHeight(800);
        });
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.INTERVIEWS);
    AppTestSupport.await(
        () ->
            robot.lookup("#interview-notes").queryAs(StyleClassedTextArea.class).getLength() > 200);
    long interviewId = openInterviewId(robot);
    boolean hadTranscript = !storedTranscript(interviewId).isBlank();
    Optional<Button> found = robot.lookup("#interview-import-transcript").tryQueryAs(Button.class);

    assertThat(app.stage().getWidth()).isEqualTo(1280);
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

  private void openInterviews(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.INTERVIEWS);
    AppTestSupport.await(
        () ->
            robot.lookup("#interview-notes").queryAs(StyleClassedTextArea.class).getLength() > 200);
  }

  @SuppressWarnings("unchecked")
  private ListView<Observation> observationList(FxRobot robot) {
    return robot.lookup("#interview-observations").queryAs(ListView.class);
  }

  /** Clicks the first observation in the side panel, as a person would. */
  private Observation clickFirstObservation(FxRobot robot) throws Exception {
    AppTestSupport.await(() -> !observationList(robot).getItems().isEmpty());
    Node cell =
        robot.lookup("#interview-observations .list-cell").queryAll().stream()
            .filter(c -> ((ListCell<?>) c).getIndex() == 0)
            .findFirst()
            .orElseThrow();
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    return observationList(robot).getItems().get(0);
  }

  private ObservationRow row(long observationId) {
    return app.model().session().observations().rows(ObservationFilter.ALL, 0, 10_000).stream()
        .filter(r -> r.id() == observationId)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void addCodeOffersANewCodeForANameNotInTheCodebookAndCreatesIt(FxRobot robot) throws Exception {
    openInterviews(robot);
    Observation first = clickFirstObservation(robot);

    robot.press(KeyCode.CONTROL).press(KeyCode.T).release(KeyCode.T).release(KeyCode.CONTROL);
    AppTestSupport.await(
        () -> robot.lookup("#picker-filter").tryQuery().map(Node::isFocused).orElse(false));
    javafx.scene.control.TextField filter =
        robot.lookup("#picker-filter").queryAs(javafx.scene.control.TextField.class);
    robot.interact(() -> filter.setText("Paper backups"));
    AppTestSupport.await(
        () ->
            robot.lookup("#picker-list").queryListView().getItems().stream()
                .anyMatch(item -> String.valueOf(item).contains("Paper backups")));
    ListView<?> list = robot.lookup("#picker-list").queryListView();
    Node offered =
        robot.lookup("#picker-list .list-cell").queryAll().stream()
            .filter(c -> ((ListCell<?>) c).getItem() != null)
            .filter(
                c -> ((ListCell<?>) c).getIndex() == list.getSelectionModel().getSelectedIndex())
            .findFirst()
            .orElseThrow();
    assertThat(((ListCell<?>) offered).getText()).isEqualTo("New code: Paper backups");
    robot.type(KeyCode.ENTER);

    AppTestSupport.await(() -> row(first.id()).codePaths().contains("Paper backups"));
  }

  /** Clicks an observation in the side panel, as a person would. */
  private Observation clickObservation(FxRobot robot, int index) throws Exception {
    AppTestSupport.await(() -> observationList(robot).getItems().size() > index);
    robot.interact(() -> observationList(robot).scrollTo(index));
    Node cell =
        robot.lookup("#interview-observations .list-cell").queryAll().stream()
            .filter(c -> ((ListCell<?>) c).getIndex() == index)
            .findFirst()
            .orElseThrow();
    robot.clickOn(cell);
    WaitForAsyncUtils.waitForFxEvents();
    return observationList(robot).getItems().get(index);
  }

  @Test
  void anObservationWhoseKindWasChangedInTheSidePanelCanBeSelectedAgain(FxRobot robot)
      throws Exception {
    openInterviews(robot);
    Observation first = clickObservation(robot, 0);
    @SuppressWarnings("unchecked")
    ComboBox<ObservationKind> kind =
        robot.lookup("#interview-observation-kind").queryAs(ComboBox.class);
    assertThat(kind.isDisabled()).isFalse();
    int next = (kind.getItems().indexOf(kind.getValue()) + 1) % kind.getItems().size();
    ObservationKind chosen = kind.getItems().get(next);

    robot.clickOn(kind);
    AppTestSupport.await(kind::isShowing);
    Node item =
        robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
            .filter(c -> chosen.equals(((ListCell<?>) c).getItem()))
            .findFirst()
            .orElseThrow();
    robot.clickOn(item);
    AppTestSupport.await(() -> row(first.id()).observation().kind() == chosen);
    WaitForAsyncUtils.waitForFxEvents();
    clickObservation(robot, 1);
    Observation again = clickObservation(robot, 0);

    assertThat(again.id()).isEqualTo(first.id());
    AppTestSupport.await(() -> !kind.isDisabled());
    assertThat(kind.getValue()).isEqualTo(chosen);
    assertThat(robot.lookup("#interview-observation-speaker").queryComboBox().isDisabled())
        .isFalse();
    assertThat(robot.lookup("#interview-add-code").queryButton().isDisabled()).isFalse();
  }

  @Test
  void aNewInterviewIsListedAndOpened(FxRobot robot) throws Exception {
    openInterviews(robot);

    robot.clickOn("#interview-new");
    AppTestSupport.await(() -> robot.lookup("#new-interview-title").tryQuery().isPresent());
    robot.clickOn("#new-interview-title").write("Depot walk");
    robot.type(KeyCode.ENTER);

    AppTestSupport.await(
        () ->
            robot
                .lookup("#interview-title")
                .queryAs(javafx.scene.control.TextField.class)
                .getText()
                .equals("Depot walk"));
    @SuppressWarnings("unchecked")
    TableView<InterviewSummary> table = robot.lookup("#interviews-table").queryAs(TableView.class);
    assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo("Depot walk");
  }

  @Test
  void anInterviewDateTypedAndLeftWithTabIsKeptAndAnImpossibleOneIsRefusedBesideTheField(
      FxRobot robot) throws Exception {
    openInterviews(robot);
    long interviewId = openInterviewId(robot);
    java.time.LocalDate before =
        app.model().session().interviews().get(interviewId).orElseThrow().heldOn();
    java.time.LocalDate wanted = java.time.LocalDate.of(2026, 2, 14);
    DatePicker picker = robot.lookup("#interview-date").queryAs(DatePicker.class);

    robot.clickOn(picker.getEditor());
    robot.interact(() -> picker.getEditor().setText("2026-02-30"));
    robot.type(KeyCode.TAB);
    AppTestSupport.await(
        () -> robot.lookup("#interview-date-problem").queryAs(Labeled.class).isVisible());
    assertThat(app.model().session().interviews().get(interviewId).orElseThrow().heldOn())
        .isEqualTo(before);

    robot.clickOn(picker.getEditor());
    robot.interact(() -> picker.getEditor().setText(wanted.toString()));
    robot.type(KeyCode.TAB);

    AppTestSupport.await(
        () ->
            wanted.equals(
                app.model().session().interviews().get(interviewId).orElseThrow().heldOn()));
    assertThat(robot.lookup("#interview-date-problem").queryAs(Labeled.class).isVisible())
        .isFalse();
  }
}

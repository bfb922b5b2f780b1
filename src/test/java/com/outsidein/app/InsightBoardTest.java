package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Facet;
import com.outsidein.domain.InsightSummary;
import com.outsidein.domain.ObservationRow;
import com.outsidein.domain.Study;
import com.outsidein.domain.StudyStatus;
import com.outsidein.ui.Choice;
import com.outsidein.ui.shell.Section;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class InsightBoardTest {

  private static final String TITLE = "Dispatchers keep a second plan on paper";

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  private Optional<InsightSummary> created() {
    return app.model().session().insights().summaries().stream()
        .filter(s -> s.insight().title().equals(TITLE))
        .findFirst();
  }

  private void press(FxRobot robot, KeyCode... keys) {
    robot.press(keys);
    robot.release(keys);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anInsightMadeFromTwoObservationsStandsUnderItsFacetAndTakesAThirdThroughAddToInsight(
      FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    AppTestSupport.awaitRows(robot, "#observations-table", 60);
    TableView<ObservationRow> table = robot.lookup("#observations-table").queryAs(TableView.class);
    List<Long> chosen = table.getItems().subList(0, 3).stream().map(ObservationRow::id).toList();

    robot.interact(
        () -> {
          table.getSelectionModel().clearSelection();
          table.getSelectionModel().select(0);
          table.getSelectionModel().select(1);
          table.requestFocus();
        });
    press(robot, KeyCode.CONTROL, KeyCode.I);
    AppTestSupport.await(() -> robot.lookup("#new-insight-title").tryQuery().isPresent());
    robot.clickOn("#new-insight-title").write(TITLE);
    AppTestSupport.await(
        () -> robot.lookup("#new-insight-title").queryAs(TextField.class).getText().equals(TITLE));
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match((Node n) -> "OK".equals(((javafx.scene.control.Button) n).getText()))
            .queryButton());
    AppTestSupport.await(() -> created().isPresent());
    InsightSummary summary = created().orElseThrow();
    assertThat(summary.insight().facet()).isEqualTo(Facet.WHAT_THEY_WANT);
    assertThat(summary.evidence()).isEqualTo(2);

    AppTestSupport.visit(robot, Section.INSIGHTS);
    String card = "#insight-column-what_they_want #insight-card-" + summary.id();
    AppTestSupport.await(() -> robot.lookup(card).tryQuery().isPresent());
    assertThat(
            robot.lookup(card + " #insight-counts-" + summary.id()).queryAs(Label.class).getText())
        .startsWith("2 observations");
    robot.clickOn(card);
    ListView<AttributedObservation> evidence =
        robot.lookup("#evidence-list").queryAs(ListView.class);
    AppTestSupport.await(() -> evidence.getItems().size() == 2);
    assertThat(evidence.getItems())
        .extracting(AttributedObservation::id)
        .containsExactlyInAnyOrderElementsOf(chosen.subList(0, 2));
    assertThat(robot.lookup("#evidence-heading").queryAs(Label.class).getText())
        .isEqualTo("Evidence: 2 observations");

    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    AppTestSupport.awaitRows(robot, "#observations-table", 60);
    robot.interact(
        () -> {
          table.getSelectionModel().clearSelection();
          table.getSelectionModel().select(2);
          table.requestFocus();
        });
    press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
    AppTestSupport.await(() -> robot.lookup("#picker-filter").tryQuery().isPresent());
    robot.clickOn("#picker-filter").write("second plan");
    AppTestSupport.await(
        () ->
            robot
                .lookup("#picker-filter")
                .queryAs(TextField.class)
                .getText()
                .equals("second plan"));
    robot.type(KeyCode.ENTER);
    AppTestSupport.await(() -> created().orElseThrow().evidence() == 3);

    AppTestSupport.visit(robot, Section.INSIGHTS);
    AppTestSupport.await(
        () ->
            robot
                .lookup("#insight-counts-" + summary.id())
                .queryAs(Label.class)
                .getText()
                .startsWith("3 observations"));
    robot.clickOn(card);
    AppTestSupport.await(() -> evidence.getItems().size() == 3);
    assertThat(evidence.getItems().get(2).id()).isEqualTo(chosen.get(2));

    AttributedObservation first = evidence.getItems().get(0);
    assertThat(first.hasInterview()).isTrue();
    robot.clickOn(robot.lookup("#evidence-list .evidence-open").queryButton());
    AppTestSupport.await(() -> app.model().sectionProperty().get() == Section.INTERVIEWS);
    ListView<com.outsidein.domain.Observation> quotes =
        robot.lookup("#interview-observations").queryAs(ListView.class);
    AppTestSupport.await(
        () ->
            quotes.getSelectionModel().getSelectedItem() != null
                && quotes.getSelectionModel().getSelectedItem().id() == first.id());
    assertThat(
            robot
                .lookup("#interviews-table")
                .queryAs(TableView.class)
                .getSelectionModel()
                .getSelectedItem())
        .extracting("id")
        .isEqualTo(first.observation().interviewId());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theBoardShowsOneStudysInsightsAnInsightMovesStudyAndRevealingAnotherShowsAllAgain(
      FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.INSIGHTS);
    var session = app.model().session();
    List<InsightSummary> all = session.insights().summaries();
    Study onboarding =
        session.studies().all().stream()
            .filter(s -> s.title().startsWith("Onboarding"))
            .findFirst()
            .orElseThrow();
    Set<Long> ofOnboarding =
        all.stream()
            .filter(s -> Objects.equals(s.insight().studyId(), onboarding.id()))
            .map(InsightSummary::id)
            .collect(Collectors.toSet());
    long elsewhere =
        all.stream().filter(s -> !ofOnboarding.contains(s.id())).findFirst().orElseThrow().id();
    assertThat(ofOnboarding).isNotEmpty().hasSizeLessThan(all.size());
    AppTestSupport.await(() -> cards(robot).size() == all.size());

    ComboBox<Choice<Study>> study = robot.lookup("#insight-study").queryAs(ComboBox.class);
    AppTestSupport.await(() -> study.getItems().size() == 3);
    robot.interact(
        () ->
            study.getItems().stream()
                .filter(c -> !c.isAll() && c.value().id() == onboarding.id())
                .findFirst()
                .ifPresent(study::setValue));

    AppTestSupport.await(() -> cards(robot).equals(ofOnboarding));
    AppTestSupport.await(() -> robot.lookup(".insight-card-selected").tryQuery().isPresent());
    String selected = robot.lookup(".insight-card-selected").query().getId();
    assertThat(ofOnboarding).contains(Long.parseLong(selected.substring("insight-card-".length())));

    long moved = Long.parseLong(selected.substring("insight-card-".length()));
    Study renewal =
        session.studies().all().stream()
            .filter(s -> s.title().startsWith("Renewal"))
            .findFirst()
            .orElseThrow();
    ComboBox<Choice<Study>> studyOf = robot.lookup("#insight-study-of").queryAs(ComboBox.class);
    assertThat(studyOf.getValue().value().id()).isEqualTo(onboarding.id());
    robot.clickOn(studyOf);
    robot.interact(
        () ->
            studyOf.getItems().stream()
                .filter(c -> !c.isAll() && c.value().id() == renewal.id())
                .findFirst()
                .ifPresent(studyOf::setValue));
    robot.type(KeyCode.ESCAPE);
    AppTestSupport.await(() -> Objects.equals(insightOf(moved).insight().studyId(), renewal.id()));
    AppTestSupport.await(() -> !cards(robot).contains(moved));

    robot.interact(() -> app.navigator().openInsight(elsewhere));
    AppTestSupport.await(() -> study.getValue().isAll() && cards(robot).size() == all.size());
    AppTestSupport.await(
        () ->
            robot
                .lookup("#insight-card-" + elsewhere)
                .query()
                .getStyleClass()
                .contains("insight-card-selected"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStudyAddedElsewhereWhileTheStudyBoxHasFocusLeavesTheInsightsStudyAlone(FxRobot robot)
      throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.INSIGHTS);
    var session = app.model().session();
    AppTestSupport.await(() -> robot.lookup(".insight-card-selected").tryQuery().isPresent());
    String card = robot.lookup(".insight-card-selected").query().getId();
    long selected = Long.parseLong(card.substring("insight-card-".length()));
    Long before = insightOf(selected).insight().studyId();
    ComboBox<Choice<Study>> studyOf = robot.lookup("#insight-study-of").queryAs(ComboBox.class);
    int listed = studyOf.getItems().size();
    robot.interact(studyOf::requestFocus);
    AppTestSupport.await(studyOf::isFocused);

    // Sorted first by title, so every study already listed moves down one place.
    session
        .studies()
        .create(new Study(0, "Aaa first study", "", "", StudyStatus.PLANNED, null, null, null));

    AppTestSupport.await(() -> studyOf.getItems().size() == listed + 1);
    robot.interact(() -> {});
    assertThat(insightOf(selected).insight().studyId()).isEqualTo(before);
    assertThat(studyOf.getValue())
        .satisfies(v -> assertThat(v.isAll() ? null : v.value().id()).isEqualTo(before));
  }

  private InsightSummary insightOf(long id) {
    return app.model().session().insights().summaries().stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .orElseThrow();
  }

  private static Set<Long> cards(FxRobot robot) {
    return robot.lookup(".insight-card").queryAll().stream()
        .map(card -> Long.parseLong(card.getId().substring("insight-card-".length())))
        .collect(Collectors.toSet());
  }
}

package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.HistoryEvent;
import com.outsidein.domain.Person;
import com.outsidein.domain.PersonSummary;
import com.outsidein.domain.Study;
import com.outsidein.ui.shell.Section;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class PeopleAndStudiesScreenTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  private Person person(String name) {
    return app.model().session().people().people().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private void select(FxRobot robot, String name) throws Exception {
    TableView<PersonSummary> table = robot.lookup("#people-table").queryAs(TableView.class);
    robot.interact(
        () ->
            table.getItems().stream()
                .filter(p -> p.person().name().equals(name))
                .findFirst()
                .ifPresent(p -> table.getSelectionModel().select(p)));
    AppTestSupport.await(
        () -> robot.lookup("#person-name").queryAs(TextField.class).getText().equals(name));
  }

  private static void confirm(FxRobot robot) {
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    robot.clickOn(dialog.lookupButton(ButtonType.OK));
  }

  @Test
  void changingConsentAsksWhyAndKeepsItInTheHistory(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.PEOPLE);
    AppTestSupport.awaitRows(robot, "#people-table", 8);
    select(robot, "Priya Raman");
    assertThat(robot.lookup("#person-consent-quotes").queryAs(CheckBox.class).isSelected())
        .isTrue();

    robot.clickOn("#person-consent-quotes");
    AppTestSupport.await(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
    TextField reason = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
    robot.interact(() -> reason.setText("Asked by phone not to be quoted"));
    confirm(robot);

    AppTestSupport.await(() -> !person("Priya Raman").consent().quotes());
    assertThat(app.model().session().people().history(person("Priya Raman").id()).events())
        .filteredOn(e -> e.type() == HistoryEvent.Type.CONSENT)
        .extracting(HistoryEvent::title)
        .contains("Asked by phone not to be quoted");
  }

  @Test
  void mergeIntoCombinesTwoRecordsOfOnePerson(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.PEOPLE);
    AppTestSupport.awaitRows(robot, "#people-table", 8);
    Person rohan = person("Rohan Pillai");
    int meiLinInterviews =
        app.model().session().people().history(person("Mei Lin Tan").id()).events().size();
    select(robot, "Rohan Pillai");

    robot.clickOn("#person-merge");
    AppTestSupport.await(() -> robot.lookup("#picker-filter").tryQuery().isPresent());
    robot.clickOn("#picker-filter").write("Mei Lin");
    AppTestSupport.await(
        () -> robot.lookup("#picker-filter").queryAs(TextField.class).getText().equals("Mei Lin"));
    robot.type(KeyCode.ENTER);
    AppTestSupport.await(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    confirm(robot);

    AppTestSupport.await(() -> app.model().session().people().get(rohan.id()).isEmpty());
    assertThat(app.model().session().people().history(person("Mei Lin Tan").id()).events().size())
        .isGreaterThan(meiLinInterviews);
  }

  @Test
  void aNewStudyIsCreatedAndRenamedInPlace(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.STUDIES);
    AppTestSupport.awaitRows(robot, "#studies-table", 2);

    robot.clickOn("#study-new");
    AppTestSupport.await(() -> robot.lookup("#new-study-title").tryQuery().isPresent());
    robot.clickOn("#new-study-title").write("Pricing interviews");
    AppTestSupport.await(
        () ->
            robot
                .lookup("#new-study-title")
                .queryAs(TextField.class)
                .getText()
                .equals("Pricing interviews"));
    robot.type(KeyCode.ENTER);
    AppTestSupport.await(
        () -> app.model().session().studies().findByTitle("Pricing interviews").isPresent());

    @SuppressWarnings("unchecked")
    TableView<com.outsidein.domain.StudySummary> table =
        robot.lookup("#studies-table").queryAs(TableView.class);
    AppTestSupport.await(() -> table.getItems().size() == 3);
    robot.interact(
        () ->
            table.getItems().stream()
                .filter(s -> s.study().title().equals("Pricing interviews"))
                .findFirst()
                .ifPresent(s -> table.getSelectionModel().select(s)));
    AppTestSupport.await(
        () ->
            robot
                .lookup("#study-title")
                .queryAs(TextField.class)
                .getText()
                .equals("Pricing interviews"));
    TextField title = robot.lookup("#study-title").queryAs(TextField.class);
    robot.clickOn(title);
    robot.interact(() -> title.setText("Pricing interviews 2027"));
    robot.type(KeyCode.ENTER);

    AppTestSupport.await(
        () -> app.model().session().studies().findByTitle("Pricing interviews 2027").isPresent());
    Study renamed =
        app.model().session().studies().findByTitle("Pricing interviews 2027").orElseThrow();
    assertThat(renamed.startsOn()).isNotNull();
  }
}

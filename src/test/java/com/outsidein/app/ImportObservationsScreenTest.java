package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ObservationRow;
import com.outsidein.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ImportObservationsScreenTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  @Test
  void aSmallCsvImportedThroughTheMenuShowsInTheObservationsTable(FxRobot robot) throws Exception {
    Path csv = app.folder().resolve("menu.csv");
    Files.writeString(
        csv,
        "interview,participant,observation,codes,mood\n"
            + "Menu visit,Rosa Menu,Imported through the menu,Imported/Menu,happy\n"
            + "Menu visit,Rosa Menu,Second imported row,,calm\n");
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    AppTestSupport.awaitRows(robot, "#observations-table", 60);

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M)
        .release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
    AppTestSupport.await(() -> robot.lookup("#import-file").tryQuery().isPresent());
    robot.clickOn("#import-file").write(csv.toString());
    AppTestSupport.await(
        () ->
            robot.lookup("#import-file").queryAs(TextField.class).getText().equals(csv.toString()));
    AppTestSupport.await(
        () -> robot.lookup("#import-preview").queryAs(TableView.class).getItems().size() == 2);
    assertThat(robot.lookup("#import-warnings").queryAs(Label.class).getText()).contains("mood");
    assertThat(robot.lookup("#import-detected").queryAs(Label.class).getText())
        .contains("observation");

    ComboBox<?> study = robot.lookup("#import-study").queryAs(ComboBox.class);
    robot.clickOn(study.getEditor()).write("Imported study");
    AppTestSupport.await(() -> study.getEditor().getText().equals("Imported study"));
    robot.clickOn("#import-run");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () ->
            robot
                .lookup("#import-status")
                .queryAs(Label.class)
                .getText()
                .startsWith("Imported 2 observations"));
    assertThat(robot.lookup("#import-status").queryAs(Label.class).getText())
        .contains("New people: 1 (Rosa Menu)")
        .contains("New codes: 2 (Imported, Imported/Menu)");
    robot.clickOn("#import-cancel");

    AppTestSupport.await(
        () ->
            robot.lookup("#observations-table").queryAs(TableView.class).getItems().stream()
                .anyMatch(
                    item ->
                        item instanceof ObservationRow row
                            && row.observation().text().equals("Imported through the menu")));
  }
}

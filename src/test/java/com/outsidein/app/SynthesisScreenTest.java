package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.AttributedObservation;
import com.outsidein.domain.Dimension;
import com.outsidein.domain.DimensionValue;
import com.outsidein.domain.SayDoRow;
import com.outsidein.domain.Study;
import com.outsidein.service.KnownWorkspace;
import com.outsidein.ui.Choice;
import com.outsidein.ui.shell.Section;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The synthesis views on a workspace with known numbers (see KnownWorkspace). */
class SynthesisScreenTest {

  private KnownWorkspace w;
  private long smb;
  private long services;
  private long onboard;

  @RegisterExtension
  final RunningApp app =
      RunningApp.on(
          folder -> {
            w = KnownWorkspace.build(folder.resolve("known"));
            smb = value(Dimension.SEGMENT, "SMB");
            services = value(Dimension.FUNCTION, "Services");
            onboard = value(Dimension.JOURNEY_STAGE, "Onboard");
            Path file = w.session.file();
            w.session.close();
            return file;
          });

  private long value(Dimension dimension, String name) {
    return w.session.dimensions().values(dimension).stream()
        .filter(v -> v.name().equals(name))
        .map(DimensionValue::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void sayDoMatrixAndJourneyMapShowTheKnownNumbersOfAStudy(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.SYNTHESIS);
    ComboBox<Choice<Study>> study = robot.lookup("#synthesis-study").queryAs(ComboBox.class);
    AppTestSupport.await(() -> study.getItems().size() == 3);
    robot.interact(
        () ->
            study.getItems().stream()
                .filter(c -> !c.isAll() && c.value().id() == w.fleet)
                .findFirst()
                .ifPresent(study::setValue));

    TableView<SayDoRow> sayDo = robot.lookup("#say-do-table").queryAs(TableView.class);
    AppTestSupport.await(() -> sayDo.getItems().size() == 2 && sayDo.getItems().get(0).does() == 2);
    SayDoRow setup = sayDo.getItems().get(0);
    assertThat(setup.path()).isEqualTo("Pain/Setup");
    assertThat(setup.flagged()).isTrue();
    assertThat(robot.lookup(".table-row-cell.gap-large-gap").queryAll()).hasSize(1);
    assertThat(robot.lookup(".gap-value.gap-large-gap").queryAs(Label.class).getText())
        .isEqualTo("+2.0");
    assertThat(robot.lookup("#say-do-headline").queryAs(Label.class).getText())
        .startsWith("1 code shows a say\u2013do gap");

    TabPane tabs = robot.lookup("#synthesis-tabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    String smbCell = "#matrix-cell-" + w.setup + "-" + smb;
    AppTestSupport.await(() -> robot.lookup(smbCell).tryQuery().isPresent());
    assertThat(robot.lookup(smbCell).queryAs(Label.class).getText()).isEqualTo("3");
    assertThat(robot.lookup("#matrix-cell-" + w.setup + "-none").queryAs(Label.class).getText())
        .isEqualTo("1");
    assertThat(robot.lookup("#cell-observations").tryQuery())
        .as("no observations pane before a cell is opened")
        .isEmpty();
    robot.clickOn(smbCell);
    ListView<AttributedObservation> cell =
        robot.lookup("#cell-observations").queryAs(ListView.class);
    AppTestSupport.await(() -> cell.getItems().size() == 3);
    assertThat(cell.getItems())
        .extracting(AttributedObservation::id)
        .containsExactly(w.observations[5], w.observations[2], w.observations[1]);
    assertThat(robot.lookup("#cell-title").queryAs(Label.class).getText())
        .isEqualTo("Pain/Setup \u00d7 SMB: 3 observations");

    robot.clickOn("#cell-close");
    AppTestSupport.await(() -> robot.lookup("#cell-observations").tryQuery().isEmpty());

    robot.interact(() -> tabs.getSelectionModel().select(2));
    String journeyCell = "#journey-cell-" + services + "-" + onboard;
    AppTestSupport.await(() -> robot.lookup(journeyCell).tryQuery().isPresent());
    List<String> texts =
        robot.lookup(journeyCell).queryAs(VBox.class).getChildren().stream()
            .map((Node n) -> ((Label) n).getText())
            .toList();
    assertThat(texts).containsExactly("3", "avg -1.5");
    robot.clickOn(journeyCell);
    AppTestSupport.await(
        () -> cell.getItems().size() == 3 && cell.getItems().get(0).id() == w.observations[7]);
    robot.interact(cell::requestFocus);
    robot.type(KeyCode.ESCAPE);
    AppTestSupport.await(() -> robot.lookup("#cell-observations").tryQuery().isEmpty());
  }
}

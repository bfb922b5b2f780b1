package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.ui.shell.Section;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class CodebookScreenTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  @Test
  @SuppressWarnings("unchecked")
  void moveToPutsTheSelectedCodeUnderTheChosenOneAndUndoPutsItBack(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.CODEBOOK);
    TreeTableView<CodeUsage> tree = robot.lookup("#codebook-tree").queryAs(TreeTableView.class);
    AppTestSupport.await(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
    CodeTree codes = app.model().session().codebook().tree();
    Code travel =
        codes.depthFirst().stream()
            .filter(c -> c.name().equals("Travel time accuracy"))
            .findFirst()
            .orElseThrow();
    Code offline =
        codes.depthFirst().stream()
            .filter(c -> c.name().equals("Offline"))
            .findFirst()
            .orElseThrow();

    robot.interact(() -> tree.getSelectionModel().select(find(tree.getRoot(), travel.id())));
    robot.clickOn("#code-move-to");
    AppTestSupport.await(
        () ->
            robot
                .lookup("#picker-filter")
                .tryQuery()
                .map(javafx.scene.Node::isFocused)
                .orElse(false));
    robot.clickOn("#picker-filter").write("Mobile app/Offline");
    robot.type(KeyCode.ENTER);

    AppTestSupport.await(
        () ->
            java.util.Objects.equals(
                app.model().session().codebook().tree().get(travel.id()).parentId(), offline.id()));
    assertThat(app.model().session().codebook().tree().pathOf(travel.id()))
        .isEqualTo("Mobile app/Offline/Travel time accuracy");

    robot.clickOn("#codebook-tree");
    robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
    AppTestSupport.await(
        () ->
            app.model()
                .session()
                .codebook()
                .tree()
                .pathOf(travel.id())
                .equals(codes.pathOf(travel.id())));
  }

  private static TreeItem<CodeUsage> find(TreeItem<CodeUsage> item, long id) {
    if (item.getValue() != null && item.getValue().code().id() == id) {
      return item;
    }
    for (TreeItem<CodeUsage> child : item.getChildren()) {
      TreeItem<CodeUsage> found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}

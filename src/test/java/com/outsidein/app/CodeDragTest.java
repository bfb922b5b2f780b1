package com.outsidein.app;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.CodeUsage;
import com.outsidein.ui.shell.Section;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A code dragged onto another in the codebook tree moves under it, through the drag protocol. */
class CodeDragTest {

  @RegisterExtension final RunningApp app = RunningApp.onSample();

  private Code named(CodeTree codes, String name) {
    return codes.depthFirst().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Node row(FxRobot robot, long codeId) {
    return robot
        .lookup(".tree-table-row-cell")
        .match(
            (Node n) -> {
              CodeUsage item = ((TreeTableRow<CodeUsage>) n).getItem();
              return item != null && item.code().id() == codeId;
            })
        .query();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCodeDroppedOnAnotherMovesUnderIt(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.CODEBOOK);
    TreeTableView<CodeUsage> tree = robot.lookup("#codebook-tree").queryAs(TreeTableView.class);
    AppTestSupport.await(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
    CodeTree codes = app.model().session().codebook().tree();
    Code travel = named(codes, "Travel time accuracy");
    Code offline = named(codes, "Offline");
    robot.interact(() -> tree.getRoot().getChildren().forEach(item -> item.setExpanded(true)));

    robot.drag(row(robot, travel.id())).dropTo(row(robot, offline.id()));

    AppTestSupport.await(
        () ->
            Objects.equals(
                app.model().session().codebook().tree().get(travel.id()).parentId(), offline.id()));
  }
}

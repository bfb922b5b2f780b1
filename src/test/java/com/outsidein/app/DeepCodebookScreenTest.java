package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CodeUsage;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.store.CodeChains;
import com.outsidein.ui.screens.CodebookScreen;
import com.outsidein.ui.shell.Section;
import java.nio.file.Path;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A workspace from before the depth limit (or edited by hand) may hold a chain of codes far deeper
 * than the app makes: the Codebook screen shows every code of it without overflowing the stack.
 */
class DeepCodebookScreenTest {

  private static final int DEPTH = 20_000;

  @RegisterExtension
  final RunningApp app =
      RunningApp.on(
          folder -> {
            Path file = folder.resolve("deep");
            try (WorkspaceSession session = WorkspaceSession.create(file)) {
              session.studies().create(Study.titled("Deep"));
            }
            CodeChains.addChain(file, DEPTH);
            return file;
          });

  @Test
  @SuppressWarnings("unchecked")
  void aChainOfTwentyThousandCodesIsShownInFull(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app.app());
    AppTestSupport.visit(robot, Section.CODEBOOK);
    TreeTableView<CodeUsage> tree = robot.lookup("#codebook-tree").queryAs(TreeTableView.class);
    AppTestSupport.await(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());

    assertThat(countBelow(tree.getRoot())).isEqualTo(DEPTH);
    assertThat(tree.getExpandedItemCount()).isEqualTo(DEPTH);
    assertThat(depthBelow(tree.getRoot())).isEqualTo(CodebookScreen.MAX_SHOWN_DEPTH);
  }

  private static int countBelow(TreeItem<CodeUsage> root) {
    int count = 0;
    java.util.ArrayDeque<TreeItem<CodeUsage>> pending =
        new java.util.ArrayDeque<>(root.getChildren());
    while (!pending.isEmpty()) {
      TreeItem<CodeUsage> item = pending.poll();
      count++;
      pending.addAll(item.getChildren());
    }
    return count;
  }

  private static int depthBelow(TreeItem<CodeUsage> root) {
    int depth = 0;
    TreeItem<CodeUsage> item = root;
    while (!item.getChildren().isEmpty()) {
      item = item.getChildren().get(0);
      depth++;
    }
    return depth;
  }
}

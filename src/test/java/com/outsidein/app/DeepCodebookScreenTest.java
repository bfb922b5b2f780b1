package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.CodeUsage;
import com.outsidein.domain.Study;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.store.CodeChains;
import com.outsidein.ui.screens.CodebookScreen;
import com.outsidein.ui.shell.Section;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * A workspace from before the depth limit (or edited by hand) may hold a chain of codes far deeper
 * than the app makes: the Codebook screen shows every code of it without overflowing the stack.
 */
@ExtendWith(ApplicationExtension.class)
class DeepCodebookScreenTest {

  private static final int DEPTH = 20_000;

  @TempDir Path folder;
  private DesktopApp app;

  @Start
  void start(Stage stage) {
    Path file = folder.resolve("deep");
    try (WorkspaceSession session = WorkspaceSession.create(file)) {
      session.studies().create(Study.titled("Deep"));
    }
    CodeChains.addChain(file, DEPTH);
    DataFolder data = new DataFolder(folder.resolve("data"));
    Settings settings = Settings.load(data.settingsFile());
    settings.put(WelcomeViewModel.DISMISSED, "true");
    settings.save();
    app = DesktopApp.start(stage, data, file);
  }

  @Stop
  void stop() {
    app.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aChainOfTwentyThousandCodesIsShownInFull(FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app);
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

package com.outsidein.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.ui.FxWait;
import com.outsidein.ui.Messages;
import com.outsidein.ui.shell.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks every section (with something open in it) and every dialog a person reaches from the menus
 * and the screens' buttons, and checks that each visible label, header and button shows its whole
 * text: the text its skin renders is the text it was given, not one cut to "…".
 *
 * <p>The cells of a table hold values in columns a person sizes to taste, and a long value is cut
 * there as in any table (it reads in full in the detail beside it); their column headers are
 * checked, as are the cells of every list.
 */
@ExtendWith(ApplicationExtension.class)
class LabelsReadInFullTest {

  @TempDir Path folder;
  private DesktopApp app;
  private Stage stage;
  private final Set<String> cut = new LinkedHashSet<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = AppTestSupport.startOnSample(stage, folder.resolve("data"));
  }

  @Stop
  void stop() {
    app.close();
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"1280, 800", "1440, 900"})
  void everyLabelHeaderAndButtonReadsInFull(int width, int height, FxRobot robot) throws Exception {
    AppTestSupport.awaitWorkspace(app);
    robot.interact(
        () -> {
          stage.setMaximized(false);
          stage.setWidth(width);
          stage.setHeight(height);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getWidth()).isEqualTo(width);
    assertThat(stage.getHeight()).isEqualTo(height);

    studies(robot);
    people(robot);
    interviews(robot);
    observations(robot);
    insights(robot);
    synthesis(robot);
    canvases(robot);
    codebook(robot);
    menus(robot);

    assertThat(cut).as("labels shown cut at %dx%d", width, height).isEmpty();
  }

  private void studies(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.STUDIES);
    AppTestSupport.awaitRows(robot, "#studies-table", 2);
    selectFirstRow(robot, "#studies-table");
    checkWindow("Studies", stage);
    dialog(robot, "Studies › New study", () -> fire(robot, "#study-new"));
  }

  private void people(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.PEOPLE);
    AppTestSupport.awaitRows(robot, "#people-table", 8);
    selectFirstRow(robot, "#people-table");
    checkTabs(robot, "People");
  }

  private void interviews(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.INTERVIEWS);
    AppTestSupport.awaitRows(robot, "#interviews-table", 10);
    selectFirstRow(robot, "#interviews-table");
    AppTestSupport.await(
        () ->
            robot
                    .lookup("#interview-notes")
                    .tryQueryAs(org.fxmisc.richtext.StyleClassedTextArea.class)
                    .map(area -> area.getText().length())
                    .orElse(0)
                > 200);
    AppTestSupport.await(
        () -> !robot.lookup("#interview-observations").queryListView().getItems().isEmpty());
    robot.interact(
        () ->
            robot.lookup("#interview-observations").queryListView().getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
    checkTabs(robot, "Interviews (one open, an observation selected)");
    dialog(robot, "Interviews › New interview", () -> fire(robot, "#interview-new"));
    dialog(robot, "Interviews › Add code", () -> fire(robot, "#interview-add-code"));
  }

  private void observations(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.OBSERVATIONS);
    AppTestSupport.awaitRows(robot, "#observations-table", 60);
    selectFirstRow(robot, "#observations-table");
    checkWindow("Observations", stage);
    dialog(robot, "Observations › Add code", () -> fire(robot, "#observations-add-code"));
    dialog(robot, "Observations › New insight", () -> fire(robot, "#observations-new-insight"));
    dialog(
        robot, "Observations › Add to insight", () -> fire(robot, "#observations-add-to-insight"));
  }

  private void insights(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.INSIGHTS);
    AppTestSupport.await(() -> robot.lookup(".insight-card").queryAll().size() >= 5);
    robot.clickOn(robot.lookup(".insight-card").<Node>query());
    AppTestSupport.await(() -> robot.lookup(".insight-card-selected").tryQuery().isPresent());
    checkWindow("Insights (one selected)", stage);
    dialog(robot, "Insights › New insight", () -> fire(robot, "#insight-new"));
  }

  private void synthesis(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.SYNTHESIS);
    AppTestSupport.awaitRows(robot, "#say-do-table", 3);
    checkTabs(robot, "Synthesis");
  }

  private void canvases(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.CANVASES);
    AppTestSupport.awaitRows(robot, "#canvases-table", 1);
    selectFirstRow(robot, "#canvases-table");
    AppTestSupport.await(() -> robot.lookup(".entry-cite").tryQuery().isPresent());
    checkWindow("Canvases (one open)", stage);
    dialog(
        robot,
        "Canvases › Versions and changes",
        () -> fireText(robot, Messages.get("canvas.versions")));
    dialog(
        robot, "Canvases › Freeze version", () -> fireText(robot, Messages.get("canvas.freeze")));
    dialog(robot, "Canvases › Cite", () -> fire(robot, ".entry-cite"));
  }

  @SuppressWarnings("unchecked")
  private void codebook(FxRobot robot) throws Exception {
    AppTestSupport.visit(robot, Section.CODEBOOK);
    TreeTableView<Object> tree = robot.lookup("#codebook-tree").queryAs(TreeTableView.class);
    AppTestSupport.await(() -> tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty());
    robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0)));
    WaitForAsyncUtils.waitForFxEvents();
    checkWindow("Codebook (a code selected)", stage);
    dialog(robot, "Codebook › New code", () -> fire(robot, "#code-new"));
    dialog(robot, "Codebook › Move to", () -> fire(robot, "#code-move-to"));
  }

  private void menus(FxRobot robot) throws Exception {
    dialog(robot, "File › Import observations", () -> menuItem("menu.file.importObservations"));
    dialog(robot, "File › Import people", () -> menuItem("menu.file.importPeople"));
    dialog(robot, "File › Remove import", () -> menuItem("menu.file.removeImport"));
    dialog(robot, "File › Export report", () -> menuItem("menu.file.export"));
    dialog(robot, "File › Password", () -> menuItem("menu.file.password"));
    dialog(robot, "Help › Welcome", () -> menuItem("menu.help.welcome"));
    Window about = open(robot, () -> menuItem("menu.help.about"));
    checkWindow("Help › About", about);
    dialog(robot, "Help › About › Third-party licences", () -> fire(robot, "#about-third-party"));
    close(robot, about);
    Window search = open(robot, () -> menuItem("menu.edit.search"));
    AppTestSupport.await(() -> robot.lookup("#search-field").tryQuery().isPresent());
    robot.clickOn("#search-field").write("app");
    AppTestSupport.await(
        () -> !robot.lookup("#search-results").queryListView().getItems().isEmpty());
    checkWindow("Search (with results)", search);
    close(robot, search);
  }

  /** Checks the window, then each tab of every tab pane shown in it, one after the other. */
  private void checkTabs(FxRobot robot, String where) throws Exception {
    checkWindow(where, stage);
    List<TabPane> panes =
        onFx(
            () -> {
              List<TabPane> found = new ArrayList<>();
              collect(stage.getScene().getRoot(), TabPane.class, found);
              return found;
            });
    for (TabPane pane : panes) {
      for (Tab tab : List.copyOf(pane.getTabs())) {
        robot.interact(() -> pane.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        checkWindow(where + " › " + tab.getText(), stage);
      }
      robot.interact(() -> pane.getSelectionModel().selectFirst());
    }
  }

  /** Opens a dialog, checks it and closes it again. */
  private void dialog(FxRobot robot, String where, Runnable opening) throws Exception {
    Window window = open(robot, opening);
    checkWindow(where, window);
    close(robot, window);
  }

  private Window open(FxRobot robot, Runnable opening) throws Exception {
    Set<Window> before = onFx(() -> new HashSet<>(Window.getWindows()));
    // A dialog waits for its answer inside the handler, so the handler runs without waiting for it.
    Platform.runLater(opening);
    Window[] opened = new Window[1];
    // Generous: the licences window lays out a long notice on a busy machine.
    FxWait.until(
        60,
        () -> {
          for (Window w : Window.getWindows()) {
            if (w instanceof Stage && w.isShowing() && !before.contains(w)) {
              opened[0] = w;
              return true;
            }
          }
          return false;
        });
    WaitForAsyncUtils.waitForFxEvents();
    return opened[0];
  }

  private void close(FxRobot robot, Window window) throws Exception {
    robot.interact(window::requestFocus);
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    if (onFx(window::isShowing)) {
      robot.interact(window::hide);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void checkWindow(String where, Window window) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    cut.addAll(onFx(() -> cutTexts(where, window.getScene().getRoot())));
  }

  /**
   * Each visible labeled node under {@code root} whose skin shows another text than it was given,
   * as "where: 'shown' instead of 'given'".
   */
  static List<String> cutTexts(String where, Parent root) {
    List<Labeled> labeled = new ArrayList<>();
    collect(root, Labeled.class, labeled);
    List<String> found = new ArrayList<>();
    for (Labeled node : labeled) {
      String given = node.getText();
      if (given == null
          || given.isEmpty()
          || node.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
          || node instanceof TableCell
          || node instanceof TreeTableCell) {
        continue;
      }
      Optional<Text> shown = renderedText(node);
      if (shown.isEmpty()) {
        continue;
      }
      String expected = node.isMnemonicParsing() ? withoutMnemonic(given) : given;
      String rendered = shown.get().getText();
      if (!rendered.equals(expected)) {
        found.add(
            where
                + ": '"
                + rendered
                + "' instead of '"
                + expected
                + "' ("
                + kind(node)
                + place(node)
                + ")");
      }
    }
    return found;
  }

  private static String kind(Node node) {
    Class<?> type = node.getClass();
    while (type.getSimpleName().isEmpty()) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }

  /** Where the node sits: the nearest enclosing node with an id. */
  private static String place(Node node) {
    for (Node up = node.getParent(); up != null; up = up.getParent()) {
      if (up.getId() != null) {
        return " in #" + up.getId();
      }
    }
    return "";
  }

  /**
   * The text node the labeled's skin renders its text with: the first one below it, not inside
   * another control. A labeled whose skin shows its text through an inner labeled (a menu button)
   * has none; that inner one is checked itself.
   */
  private static Optional<Text> renderedText(Labeled labeled) {
    return renderedTextBelow(labeled);
  }

  private static Optional<Text> renderedTextBelow(Parent parent) {
    for (Node child : parent.getChildrenUnmodifiable()) {
      if (child instanceof Text text && child.getStyleClass().contains("text")) {
        return Optional.of(text);
      }
      if (child instanceof Parent inner && !(child instanceof Control)) {
        Optional<Text> found = renderedTextBelow(inner);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static String withoutMnemonic(String text) {
    int mark = text.indexOf('_');
    return mark < 0 || mark == text.length() - 1
        ? text
        : text.substring(0, mark) + text.substring(mark + 1);
  }

  /** Nodes of the type under {@code node} that are shown: a hidden parent hides its children. */
  private static <T> void collect(Node node, Class<T> type, List<T> found) {
    if (!node.isVisible()) {
      return;
    }
    if (type.isInstance(node)) {
      found.add(type.cast(node));
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, type, found);
      }
    }
  }

  private void selectFirstRow(FxRobot robot, String tableId) {
    TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
    robot.interact(() -> table.getSelectionModel().select(0));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void fire(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    assertThat(node.isDisabled()).as("%s is enabled", query).isFalse();
    ((ButtonBase) node).fire();
  }

  private static void fireText(FxRobot robot, String text) {
    ButtonBase button =
        robot.lookup(n -> n instanceof ButtonBase b && text.equals(b.getText())).query();
    assertThat(button.isDisabled()).as("%s is enabled", text).isFalse();
    button.fire();
  }

  private void menuItem(String key) {
    MenuBar bar = (MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
    String text = Messages.get(key);
    for (Menu menu : bar.getMenus()) {
      for (MenuItem item : menu.getItems()) {
        if (text.equals(item.getText())) {
          assertThat(item.isDisable()).as("%s is enabled", text).isFalse();
          item.fire();
          return;
        }
      }
    }
    throw new AssertionError("No menu item " + text);
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}

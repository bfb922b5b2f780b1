package com.outsidein.ui.shell;

import com.outsidein.ui.AppIcon;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Screen;
import com.outsidein.ui.task.TaskExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menus on top, the sections on the left, the chosen screen in the middle and a
 * status bar with the workspace and its counts at the bottom.
 */
public final class MainWindow {

  private final Stage stage;
  private final MainViewModel model;
  private Map<Section, Screen> screens = new EnumMap<>(Section.class);
  private final ShellSettingsViewModel settings;
  private final TaskExecutor tasks;
  private final StackPane content = new StackPane();
  private Theme theme;
  private final com.outsidein.ui.welcome.WelcomeViewModel welcomeModel;
  private FirstStartWelcome welcome;
  private final com.outsidein.ui.Navigator navigator;
  private final Dialogs dialogs;
  private final com.outsidein.ui.search.SearchViewModel searchModel;
  private com.outsidein.ui.search.SearchDialog search;

  public MainWindow(
      Stage stage,
      MainViewModel model,
      ShellSettingsViewModel settings,
      com.outsidein.ui.welcome.WelcomeViewModel welcomeModel,
      TaskExecutor tasks,
      com.outsidein.ui.Navigator navigator,
      Dialogs dialogs,
      com.outsidein.ui.search.SearchViewModel searchModel) {
    this.stage = stage;
    this.dialogs = dialogs;
    this.searchModel = searchModel;
    this.navigator = navigator;
    this.model = model;
    this.settings = settings;
    this.tasks = tasks;
    this.welcomeModel = welcomeModel;
    this.theme = settings.theme();
    settings.section().ifPresent(section -> model.sectionProperty().set(section));
  }

  public void show() {
    theme.apply();
    BorderPane root = new BorderPane();
    root.setTop(new MainMenu(stage, model, new Actions(), dialogs).build());
    root.setLeft(navigation());
    root.setCenter(centre());
    root.setBottom(statusBar());

    Scene scene = new Scene(root);
    scene
        .getStylesheets()
        .add(MainWindow.class.getResource("/com/outsidein/ui/app.css").toExternalForm());
    stage.setScene(scene);
    stage.titleProperty().bind(model.titleProperty());
    AppIcon.applyTo(stage);
    WindowPlacement.restore(stage, settings.placement());
    stage.setOnCloseRequest(event -> quit());

    model.sectionProperty().addListener((obs, old, section) -> showSection(section));
    model.setBeforeSwitch(() -> screens.values().forEach(Screen::flush));
    showSection(model.sectionProperty().get());
    stage.show();
    welcome = new FirstStartWelcome(stage, model, welcomeModel);
  }

  private ListView<Section> navigation() {
    ListView<Section> nav = new ListView<>();
    nav.setId("navigation");
    nav.getItems().setAll(Section.values());
    nav.getStyleClass().add("navigation");
    nav.setPrefWidth(200);
    nav.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                if (empty || section == null) {
                  setText(null);
                  setGraphic(null);
                  setId(null);
                } else {
                  setText(Messages.get("section." + section.name()));
                  setGraphic(new FontIcon(section.icon()));
                  setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
                }
              }
            });
    nav.getSelectionModel().select(model.sectionProperty().get());
    nav.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, section) -> {
              if (section != null) {
                model.sectionProperty().set(section);
              }
            });
    model
        .sectionProperty()
        .addListener((obs, old, section) -> nav.getSelectionModel().select(section));
    return nav;
  }

  private StackPane centre() {
    VBox opening = new VBox(12, new ProgressIndicator(), new Label(Messages.get("status.opening")));
    opening.setAlignment(Pos.CENTER);
    opening.getStyleClass().add("opening-overlay");
    opening.visibleProperty().bind(model.busyProperty());
    Label noWorkspace = new Label(Messages.get("status.noWorkspace"));
    noWorkspace.setWrapText(true);
    noWorkspace.getStyleClass().add("title-4");
    StackPane empty = new StackPane(noWorkspace);
    empty.visibleProperty().bind(model.sessionProperty().isNull().and(model.busyProperty().not()));
    return new StackPane(content, empty, opening);
  }

  private HBox statusBar() {
    Label path = new Label();
    path.setId("status-path");
    path.textProperty().bind(model.workspacePathProperty());
    Label sample = new Label(Messages.get("status.sample"));
    sample.getStyleClass().addAll("sample-badge");
    sample.visibleProperty().bind(model.sampleProperty());
    sample.managedProperty().bind(model.sampleProperty());
    Label counts = new Label();
    counts.setId("status-counts");
    counts.textProperty().bind(model.countsTextProperty());
    ProgressIndicator working = new ProgressIndicator();
    working.setPrefSize(16, 16);
    working.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(10, sample, path, spacer, counts, working);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 10, 4, 10));
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  /**
   * Shows the screens of a newly opened workspace (none while none is open); the previous ones stop
   * listening to theirs.
   */
  public void setScreens(Map<Section, Screen> built) {
    screens.values().forEach(Screen::close);
    screens = new EnumMap<>(Section.class);
    screens.putAll(built);
    if (stage.getScene() != null) {
      showSection(model.sectionProperty().get());
      Map<Section, Screen> opened = screens;
      HiddenLayout.prepare(content, hiddenLargeScreens(), () -> screens == opened);
    }
  }

  /** The screens slow to show the first time, when another is shown. */
  private List<Node> hiddenLargeScreens() {
    return Stream.of(Section.OBSERVATIONS, Section.INTERVIEWS)
        .filter(section -> section != model.sectionProperty().get())
        .map(screens::get)
        .filter(Objects::nonNull)
        .map(Screen::node)
        .toList();
  }

  private void showSection(Section section) {
    Screen screen = screens.get(section);
    if (screen == null) {
      content.getChildren().clear();
      return;
    }
    screen.node().setVisible(true);
    content.getChildren().setAll(screen.node());
  }

  private void quit() {
    settings.rememberOnQuit(theme, model.sectionProperty().get(), WindowPlacement.of(stage));
    // The app's stop() then lets background work finish, commits typed text and closes the
    // workspace.
    Platform.exit();
  }

  private final class Actions implements MainMenu.ShellActions {
    @Override
    public void quit() {
      MainWindow.this.quit();
    }

    @Override
    public boolean confirm(String title, String message) {
      return new com.outsidein.ui.FxAlerts(() -> stage).confirm(title, message);
    }

    @Override
    public void logObservation() {
      Screen shown = screens.get(model.sectionProperty().get());
      if (shown != null && !shown.focusEntry()) {
        model.sectionProperty().set(Section.OBSERVATIONS);
        Screen observations = screens.get(Section.OBSERVATIONS);
        if (observations != null) {
          observations.focusEntry();
        }
      }
    }

    @Override
    public void search() {
      if (search == null) {
        search = new com.outsidein.ui.search.SearchDialog(stage, searchModel);
      }
      search.show();
    }

    @Override
    public void showAbout() {
      new AboutDialog(stage, new AboutViewModel()).show();
    }

    @Override
    public void showWelcome() {
      welcome.show();
    }

    @Override
    public void applyTheme(Theme chosen) {
      theme = chosen;
      chosen.apply();
      settings.chooseTheme(chosen);
    }

    @Override
    public Theme currentTheme() {
      return theme;
    }
  }
}

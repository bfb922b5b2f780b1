package com.outsidein.app;

import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceOpener;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Commands;
import com.outsidein.ui.FilePicker;
import com.outsidein.ui.FxAlerts;
import com.outsidein.ui.FxFilePicker;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.UnexpectedErrors;
import com.outsidein.ui.search.SearchViewModel;
import com.outsidein.ui.shell.FirstStartWelcome;
import com.outsidein.ui.shell.MainViewModel;
import com.outsidein.ui.shell.MainWindow;
import com.outsidein.ui.shell.ScreenNavigator;
import com.outsidein.ui.shell.ShellSettingsViewModel;
import com.outsidein.ui.task.LanedTaskExecutor;
import com.outsidein.ui.task.TaskExecutor;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Wires the desktop app by hand: the one place that knows every part of the window. */
public final class DesktopApp implements AutoCloseable {

  private final TaskPools pools;
  private final MainViewModel model;
  private final MainWindow window;
  private final Navigator navigator;

  private DesktopApp(TaskPools pools, MainViewModel model, MainWindow window, Navigator navigator) {
    this.pools = pools;
    this.model = model;
    this.window = window;
    this.navigator = navigator;
  }

  /** Builds the main window on the stage, shows it and starts opening the workspace. */
  public static DesktopApp start(Stage stage, DataFolder dataFolder, Path requestedWorkspace) {
    return start(stage, dataFolder, requestedWorkspace, new FxFilePicker(() -> stage));
  }

  /** As {@link #start(Stage, DataFolder, Path)}, with the way files to open are chosen. */
  public static DesktopApp start(
      Stage stage, DataFolder dataFolder, Path requestedWorkspace, FilePicker files) {
    Settings settings = Settings.load(dataFolder.settingsFile());
    Alerts alerts = new FxAlerts(() -> stage);
    UnexpectedErrors errors = new UnexpectedErrors(alerts, dataFolder.logs());
    errors.install();
    TaskPools pools = new TaskPools();
    TaskExecutor tasks =
        new LanedTaskExecutor(
            pools.reads(), pools.writerLane(), Platform::runLater, errors::report);
    WorkspaceOpener opener = new WorkspaceOpener(dataFolder, settings, SampleWorkspace::build);
    MainViewModel model = new MainViewModel(opener, settings, tasks, alerts, Platform::runLater);
    model.setPasswordPrompt(new com.outsidein.ui.shell.PasswordDialogs(() -> stage));
    ScreenNavigator navigator = new ScreenNavigator(model);
    WorkspaceScreens screens =
        new WorkspaceScreens(new Commands(tasks, alerts), model, navigator, files);
    WorkspaceDialogs dialogs = new WorkspaceDialogs(model::session, tasks, pools.helpers());
    SearchViewModel search =
        new SearchViewModel(
            tasks, () -> model.session() == null ? null : model.session().search(), navigator);
    WelcomeViewModel welcome =
        new WelcomeViewModel(
            settings, step -> model.sectionProperty().set(FirstStartWelcome.sectionOf(step)));
    MainWindow window =
        new MainWindow(
            stage,
            model,
            new ShellSettingsViewModel(settings),
            welcome,
            tasks,
            navigator,
            dialogs,
            search);
    model
        .sessionProperty()
        .addListener(
            (obs, old, session) -> {
              var built = screens.build(session);
              navigator.setScreens(built);
              window.setScreens(built);
            });
    window.setScreens(screens.build(null));
    window.show();
    StartupProbe.watchIfAsked(stage);
    model.openAtStartup(requestedWorkspace);
    return new DesktopApp(pools, model, window, navigator);
  }

  public MainViewModel model() {
    return model;
  }

  public MainWindow window() {
    return window;
  }

  /** Opens things where they live, as search results and citations do. */
  public Navigator navigator() {
    return navigator;
  }

  /** Commits typed text, lets queued writes finish, then closes the workspace. */
  @Override
  public void close() {
    model.commitTypedText();
    pools.close();
    model.closeNow();
  }
}

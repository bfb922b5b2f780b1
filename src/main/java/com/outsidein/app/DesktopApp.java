package com.outsidein.app;

import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceOpener;
import com.outsidein.ui.Alerts;
import com.outsidein.ui.Commands;
import com.outsidein.ui.FxAlerts;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.Screen;
import com.outsidein.ui.UnexpectedErrors;
import com.outsidein.ui.canvas.CanvasViewModel;
import com.outsidein.ui.canvas.CanvasesScreen;
import com.outsidein.ui.insights.InsightBoardViewModel;
import com.outsidein.ui.insights.InsightsScreen;
import com.outsidein.ui.interviews.InterviewsScreen;
import com.outsidein.ui.people.PeopleScreen;
import com.outsidein.ui.people.PeopleViewModel;
import com.outsidein.ui.screens.CodebookScreen;
import com.outsidein.ui.screens.CodebookViewModel;
import com.outsidein.ui.screens.ObservationsScreen;
import com.outsidein.ui.screens.ObservationsViewModel;
import com.outsidein.ui.screens.StudiesScreen;
import com.outsidein.ui.shell.MainViewModel;
import com.outsidein.ui.shell.MainWindow;
import com.outsidein.ui.shell.ScreenNavigator;
import com.outsidein.ui.shell.Section;
import com.outsidein.ui.synthesis.SynthesisScreen;
import com.outsidein.ui.synthesis.SynthesisViewModel;
import com.outsidein.ui.task.BackgroundTasks;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.stage.Stage;

/** Wires the desktop app by hand: the one place that knows every part of the window. */
public final class DesktopApp implements AutoCloseable {

  private final BackgroundTasks tasks;
  private final MainViewModel model;
  private final MainWindow window;
  private final Navigator navigator;

  private DesktopApp(
      BackgroundTasks tasks, MainViewModel model, MainWindow window, Navigator navigator) {
    this.tasks = tasks;
    this.model = model;
    this.window = window;
    this.navigator = navigator;
  }

  /** Builds the main window on the stage, shows it and starts opening the workspace. */
  public static DesktopApp start(Stage stage, DataFolder dataFolder, Path requestedWorkspace) {
    Settings settings = Settings.load(dataFolder.settingsFile());
    Alerts alerts = new FxAlerts(() -> stage);
    UnexpectedErrors errors = new UnexpectedErrors(alerts, dataFolder.logs());
    errors.install();
    BackgroundTasks tasks = new BackgroundTasks(errors::report);
    WorkspaceOpener opener = new WorkspaceOpener(dataFolder, settings, SampleWorkspace::build);
    MainViewModel model = new MainViewModel(opener, settings, tasks, alerts, Platform::runLater);
    model.setPasswordPrompt(new com.outsidein.ui.shell.PasswordDialogs(() -> stage));
    ScreenNavigator navigator = new ScreenNavigator(model);
    Map<Section, Screen> screens = screens(new Commands(tasks, alerts), model, navigator);
    navigator.setScreens(screens);
    MainWindow window = new MainWindow(stage, model, screens, settings, tasks, navigator);
    window.show();
    model.openAtStartup(requestedWorkspace);
    return new DesktopApp(tasks, model, window, navigator);
  }

  private static Map<Section, Screen> screens(
      Commands commands, MainViewModel model, ScreenNavigator navigator) {
    BackgroundTasks tasks = commands.tasks();
    Alerts alerts = commands.alerts();
    Map<Section, Screen> screens = new EnumMap<>(Section.class);
    screens.put(Section.STUDIES, new StudiesScreen(commands));
    screens.put(Section.PEOPLE, new PeopleScreen(new PeopleViewModel(commands), commands));
    ObservationsViewModel observations = new ObservationsViewModel(commands);
    InterviewsScreen interviews =
        new InterviewsScreen(
            commands,
            (studyId, interviewId) -> {
              model.sectionProperty().set(Section.OBSERVATIONS);
              observations.showInterview(studyId, interviewId);
            });
    screens.put(Section.INTERVIEWS, interviews);
    screens.put(Section.OBSERVATIONS, new ObservationsScreen(observations, alerts));
    screens.put(
        Section.INSIGHTS,
        new InsightsScreen(new InsightBoardViewModel(commands), alerts, navigator));
    screens.put(
        Section.SYNTHESIS, new SynthesisScreen(new SynthesisViewModel(commands), navigator));
    screens.put(
        Section.CANVASES,
        new CanvasesScreen(
            new CanvasViewModel(commands),
            commands,
            target -> {
              if (target.kind() == com.outsidein.domain.CitationTarget.Kind.INSIGHT) {
                navigator.openInsight(target.id());
              } else {
                navigator.openObservation(target.id(), null);
              }
            }));
    screens.put(Section.CODEBOOK, new CodebookScreen(new CodebookViewModel(commands), alerts));
    return screens;
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

  /** Closes the workspace and stops background work. */
  @Override
  public void close() {
    tasks.close();
    model.closeNow();
  }
}

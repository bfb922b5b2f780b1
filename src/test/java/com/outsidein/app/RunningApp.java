package com.outsidein.app;

import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.ui.FilePicker;
import com.outsidein.ui.FxFilePicker;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.shell.MainViewModel;
import com.outsidein.ui.welcome.WelcomeViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app, started for each test of a TestFX class and closed after it: on a fresh data
 * folder with the first-start welcome dismissed, on the sample workspace or one the test makes.
 * Register it as a field ({@code @RegisterExtension final RunningApp app =
 * RunningApp.onSample();}); test methods get an {@link FxRobot} parameter.
 */
final class RunningApp implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** Makes the workspace to open inside the test's folder and returns its file. */
  @FunctionalInterface
  interface WorkspaceMaker {
    Path make(Path folder) throws Exception;
  }

  private final WorkspaceMaker workspace;
  private Function<Stage, FilePicker> files = stage -> new FxFilePicker(() -> stage);
  private final FxRobot robot = new FxRobot();
  private Path folder;
  private Stage stage;
  private DesktopApp app;

  private RunningApp(WorkspaceMaker workspace) {
    this.workspace = workspace;
  }

  /** The app as it first starts: on the sample workspace it builds. */
  static RunningApp onSample() {
    return new RunningApp(folder -> null);
  }

  /** The app opening the workspace {@code maker} makes before the window shows. */
  static RunningApp on(WorkspaceMaker maker) {
    return new RunningApp(maker);
  }

  /** Files to open are chosen by {@code picker} instead of a file chooser. */
  RunningApp choosingFilesWith(FilePicker picker) {
    files = stage -> picker;
    return this;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    folder = Files.createTempDirectory("outsidein-app-test");
    Path requested = workspace.make(folder);
    DataFolder data = new DataFolder(folder.resolve("data"));
    Settings settings = Settings.load(data.settingsFile());
    settings.put(WelcomeViewModel.DISMISSED, "true");
    settings.save();
    stage = FxToolkit.registerPrimaryStage();
    FxToolkit.setupFixture(
        () -> app = DesktopApp.start(stage, data, requested, files.apply(stage)));
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    robot.release(new KeyCode[0]);
    robot.release(new MouseButton[0]);
    if (app != null) {
      FxToolkit.setupFixture(app::close);
    }
    FxToolkit.cleanupStages();
    WaitForAsyncUtils.waitForFxEvents();
    deleteFolder();
  }

  private void deleteFolder() throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FxRobot.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return robot;
  }

  /** The test's own temporary folder; the app's data folder is {@code data} inside it. */
  Path folder() {
    return folder;
  }

  Stage stage() {
    return stage;
  }

  DesktopApp app() {
    return app;
  }

  MainViewModel model() {
    return app.model();
  }

  Navigator navigator() {
    return app.navigator();
  }
}

package com.outsidein.app;

import com.outsidein.service.DataFolder;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX entry point; it only hands the stage to {@link DesktopApp}. */
public final class OutsideInApp extends Application {

  static final String WORKSPACE_PARAMETER = "workspace";

  private DesktopApp app;

  @Override
  public void start(Stage stage) {
    String requested = getParameters().getNamed().get(WORKSPACE_PARAMETER);
    app =
        DesktopApp.start(
            stage, DataFolder.forCurrentUser(), requested == null ? null : Path.of(requested));
  }

  @Override
  public void stop() {
    if (app != null) {
      app.close();
    }
  }
}

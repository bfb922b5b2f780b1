package com.outsidein.ui.shell;

import com.outsidein.service.Settings;
import com.outsidein.ui.welcome.WelcomeView;
import com.outsidein.ui.welcome.WelcomeViewModel;
import javafx.stage.Stage;

/**
 * Connects the welcome to the main window: it shows over the sample workspace until dismissed, Help
 * › Welcome… shows it again, and its next steps open their screens.
 */
final class FirstStartWelcome {

  private final WelcomeViewModel welcome;

  FirstStartWelcome(Stage stage, MainViewModel model, Settings settings) {
    welcome = new WelcomeViewModel(settings, step -> model.sectionProperty().set(sectionOf(step)));
    new WelcomeView(stage, welcome);
    model
        .sessionProperty()
        .addListener(
            (obs, old, session) -> {
              if (session != null) {
                welcome.workspaceOpened(model.sampleProperty().get());
              }
            });
  }

  void show() {
    welcome.show();
  }

  static Section sectionOf(WelcomeViewModel.Step step) {
    return switch (step) {
      case LOG_INTERVIEW -> Section.INTERVIEWS;
      case BUILD_INSIGHT -> Section.INSIGHTS;
      case FILL_CANVAS -> Section.CANVASES;
    };
  }
}

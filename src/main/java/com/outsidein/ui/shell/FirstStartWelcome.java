package com.outsidein.ui.shell;

import com.outsidein.ui.welcome.WelcomeView;
import com.outsidein.ui.welcome.WelcomeViewModel;
import javafx.stage.Stage;

/**
 * Connects the welcome (its view model built in app) to the main window: it shows over the sample
 * workspace until dismissed, Help › Welcome… shows it again, and its next steps open their screens.
 */
public final class FirstStartWelcome {

  private final WelcomeViewModel welcome;

  FirstStartWelcome(Stage stage, MainViewModel model, WelcomeViewModel welcome) {
    this.welcome = welcome;
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

  /** The section a next step of the welcome opens. */
  public static Section sectionOf(WelcomeViewModel.Step step) {
    return switch (step) {
      case LOG_INTERVIEW -> Section.INTERVIEWS;
      case BUILD_INSIGHT -> Section.INSIGHTS;
      case FILL_CANVAS -> Section.CANVASES;
    };
  }
}

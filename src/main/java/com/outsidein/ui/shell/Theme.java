package com.outsidein.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The app's look: AtlantaFX's Primer theme, light or dark. */
public enum Theme {
  LIGHT,
  DARK;

  public void apply() {
    Application.setUserAgentStylesheet(
        this == DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  public static Theme named(String name) {
    return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
  }
}

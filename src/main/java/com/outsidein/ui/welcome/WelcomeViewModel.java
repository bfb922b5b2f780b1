package com.outsidein.ui.welcome;

import com.outsidein.service.Settings;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The welcome: shown over the sample workspace until the person dismisses it once (a flag in the
 * settings), and whenever they ask for it from Help › Welcome….
 */
public final class WelcomeViewModel {

  /** The settings flag that keeps the welcome from showing at start once it was dismissed. */
  public static final String DISMISSED = "welcome.dismissed";

  /** The next steps the welcome suggests; each leads to the screen where it is done. */
  public enum Step {
    LOG_INTERVIEW,
    BUILD_INSIGHT,
    FILL_CANVAS
  }

  private final Settings settings;
  private final Consumer<Step> goTo;
  private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);

  /**
   * @param settings where the dismissal is recorded
   * @param goTo takes the person to the screen of a step
   */
  public WelcomeViewModel(Settings settings, Consumer<Step> goTo) {
    this.settings = settings;
    this.goTo = goTo;
  }

  public ReadOnlyBooleanProperty showingProperty() {
    return showing.getReadOnlyProperty();
  }

  public boolean isShowing() {
    return showing.get();
  }

  /** True once the person has closed the welcome: it is no longer shown at start. */
  public boolean dismissed() {
    return settings.flag(DISMISSED);
  }

  /** A workspace has opened: the welcome shows over the sample until it has been dismissed. */
  public void workspaceOpened(boolean sample) {
    if (sample && !dismissed()) {
      showing.set(true);
    }
  }

  /** Help › Welcome…: shows it again, dismissed or not. */
  public void show() {
    showing.set(true);
  }

  /** Closes the welcome and records that it is not to be shown at start again. */
  public void dismiss() {
    showing.set(false);
    if (!dismissed()) {
      settings.put(DISMISSED, "true");
      settings.save();
    }
  }

  /** Closes the welcome and takes the person to where the step is done. */
  public void take(Step step) {
    dismiss();
    goTo.accept(step);
  }
}

package com.outsidein.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.service.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeViewModelTest {

  @TempDir Path folder;
  private final List<WelcomeViewModel.Step> visited = new ArrayList<>();

  private Settings settings() {
    return Settings.load(folder.resolve("settings.properties"));
  }

  private WelcomeViewModel welcome(Settings settings) {
    return new WelcomeViewModel(settings, visited::add);
  }

  @Test
  void showsOverTheSampleUntilDismissed() {
    WelcomeViewModel welcome = welcome(settings());

    welcome.workspaceOpened(true);

    assertThat(welcome.isShowing()).isTrue();
    assertThat(welcome.dismissed()).isFalse();
  }

  @Test
  void doesNotShowOverTheirOwnWorkspace() {
    WelcomeViewModel welcome = welcome(settings());

    welcome.workspaceOpened(false);

    assertThat(welcome.isShowing()).isFalse();
  }

  @Test
  void dismissingRecordsTheFlagSoItIsNeverShownAtStartAgain() {
    WelcomeViewModel first = welcome(settings());
    first.workspaceOpened(true);

    first.dismiss();

    assertThat(first.isShowing()).isFalse();
    Settings reloaded = settings();
    assertThat(reloaded.flag(WelcomeViewModel.DISMISSED)).isTrue();
    WelcomeViewModel later = welcome(reloaded);
    later.workspaceOpened(true);
    assertThat(later.isShowing()).isFalse();
  }

  @Test
  void helpShowsItAgainAfterItWasDismissed() {
    WelcomeViewModel welcome = welcome(settings());
    welcome.dismiss();

    welcome.show();

    assertThat(welcome.isShowing()).isTrue();
    assertThat(welcome.dismissed()).isTrue();
  }

  @Test
  void takingAStepClosesTheWelcomeAndGoesToItsScreen() {
    WelcomeViewModel welcome = welcome(settings());
    welcome.workspaceOpened(true);

    welcome.take(WelcomeViewModel.Step.BUILD_INSIGHT);

    assertThat(visited).containsExactly(WelcomeViewModel.Step.BUILD_INSIGHT);
    assertThat(welcome.isShowing()).isFalse();
    assertThat(welcome.dismissed()).isTrue();
  }
}

package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceOpenerTest {

  @TempDir Path folder;

  private WorkspaceOpener opener(Settings settings) {
    return new WorkspaceOpener(
        new DataFolder(folder.resolve("data")), settings, path -> WorkspaceSession.create(path));
  }

  @Test
  void theFirstStartChoosesTheSample() {
    Settings settings = Settings.load(folder.resolve("settings.properties"));
    assertThat(opener(settings).startupChoice(null)).isEqualTo(folder.resolve("data/sample.mv.db"));
  }

  @Test
  void laterStartsReopenTheLastWorkspaceThatStillExists() {
    Settings settings = Settings.load(folder.resolve("settings.properties"));
    WorkspaceOpener opener = opener(settings);
    opener.create(folder.resolve("mine")).close();

    assertThat(opener.startupChoice(null)).isEqualTo(folder.resolve("mine.mv.db"));
    assertThat(opener.startupChoice(Path.of("asked-for"))).isEqualTo(Path.of("asked-for"));
  }

  @Test
  void aLastWorkspaceThatWasDeletedFallsBackToTheSample() {
    Settings settings = Settings.load(folder.resolve("settings.properties"));
    settings.rememberWorkspace(folder.resolve("gone.mv.db"));

    assertThat(opener(settings).startupChoice(null)).isEqualTo(folder.resolve("data/sample.mv.db"));
  }

  @Test
  void openingTheSamplePathBuildsTheSampleOnce() {
    Settings settings = Settings.load(folder.resolve("settings.properties"));
    WorkspaceOpener opener = opener(settings);

    opener.open(opener.samplePath()).close();
    opener.open(opener.samplePath()).close();

    assertThat(settings.lastWorkspace()).contains(opener.samplePath());
  }
}

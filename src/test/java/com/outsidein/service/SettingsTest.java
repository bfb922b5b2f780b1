package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @TempDir Path folder;

  @Test
  void recentWorkspacesAreMostRecentFirstWithoutRepeats() {
    Settings settings = Settings.load(folder.resolve("settings.properties"));
    settings.rememberWorkspace(Path.of("a.mv.db"));
    settings.rememberWorkspace(Path.of("b.mv.db"));
    settings.rememberWorkspace(Path.of("a.mv.db"));
    settings.save();

    Settings reloaded = Settings.load(folder.resolve("settings.properties"));

    assertThat(reloaded.recentWorkspaces()).containsExactly(Path.of("a.mv.db"), Path.of("b.mv.db"));
    assertThat(reloaded.lastWorkspace()).contains(Path.of("a.mv.db"));
  }

  @Test
  void keepsAtMostEightRecentWorkspaces() {
    Settings settings = Settings.load(folder.resolve("settings.properties"));
    for (int i = 0; i < 12; i++) {
      settings.rememberWorkspace(Path.of("w" + i + ".mv.db"));
    }
    assertThat(settings.recentWorkspaces()).hasSize(8).startsWith(Path.of("w11.mv.db"));
  }

  @Test
  void anUnreadableFileGivesDefaults() throws Exception {
    Path file = folder.resolve("settings.properties");
    Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'});

    Settings settings = Settings.load(file);

    assertThat(settings.recentWorkspaces()).isEmpty();
  }
}

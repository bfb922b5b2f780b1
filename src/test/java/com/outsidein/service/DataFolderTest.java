package com.outsidein.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

  @Test
  void linuxUsesXdgDataHomeWhenSet() {
    assertThat(DataFolder.locate("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/ana"))
        .isEqualTo(Path.of("/data", "outsidein"));
  }

  @Test
  void linuxFallsBackToLocalShare() {
    assertThat(DataFolder.locate("Linux", Map.of(), "/home/ana"))
        .isEqualTo(Path.of("/home/ana", ".local", "share", "outsidein"));
  }

  @Test
  void windowsUsesAppData() {
    assertThat(
            DataFolder.locate(
                "Windows 11",
                Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"),
                "C:\\Users\\ana"))
        .isEqualTo(Path.of("C:\\Users\\ana\\AppData\\Roaming", "OutsideIn"));
  }

  @Test
  void macUsesApplicationSupport() {
    assertThat(DataFolder.locate("Mac OS X", Map.of(), "/Users/ana"))
        .isEqualTo(Path.of("/Users/ana", "Library", "Application Support", "OutsideIn"));
  }
}

package com.outsidein.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.TestThreads;
import com.outsidein.domain.Study;
import com.outsidein.exchange.report.ReportWriter;
import com.outsidein.service.WorkspaceSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Exports work when POI's shared temp folder cannot be used (another user made it first). */
class TempFolderTest {

  @TempDir Path folder;
  private String systemTemp;
  private Path blockedTemp;

  @BeforeEach
  void aSystemTempFolderWherePoiCannotMakeItsFolder() throws IOException {
    systemTemp = System.getProperty("java.io.tmpdir");
    blockedTemp = Files.createDirectory(folder.resolve("shared-temp"));
    // As root nothing is denied; a file where POI wants its folder fails the same way.
    Files.writeString(blockedTemp.resolve("poifiles"), "another user's");
    System.setProperty("java.io.tmpdir", blockedTemp.toString());
  }

  @AfterEach
  void restore() {
    System.setProperty("java.io.tmpdir", systemTemp);
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
  }

  @Test
  @Timeout(120)
  void anExportUsesTheAppsOwnTempFolderNotTheSharedOne() throws IOException {
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("work"))) {
      session.studies().create(Study.titled("Churn"));
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
      assertThatThrownBy(() -> TempFile.createTempFile("export", ".xml"))
          .as("POI's shared folder really is unusable")
          .isInstanceOf(IOException.class);

      TempFolder.useForExports(folder.resolve("own-temp"));
      new ReportWriter(session, TestThreads.HELPERS).write(null, folder.resolve("report.xlsx"));
    }

    assertThat(folder.resolve("report.xlsx")).isNotEmptyFile();
    assertThat(Files.isDirectory(folder.resolve("own-temp"))).isTrue();
    assertThat(blockedTemp.resolve("poifiles")).isRegularFile();
  }
}

package com.outsidein.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleBuiltWholeTest {

  @TempDir Path folder;

  @Test
  void aHalfBuiltSampleLeftByAStoppedStartIsNeverOpenedAndIsReplaced() throws Exception {
    // What a start killed half-way through building leaves behind.
    Files.writeString(folder.resolve("sample-unfinished.mv.db"), "half-made");

    try (WorkspaceSession sample = SampleWorkspace.build(folder.resolve("sample"))) {
      assertThat(sample.file().getFileName().toString()).isEqualTo("sample.mv.db");
      assertThat(sample.counts().observations()).isGreaterThanOrEqualTo(60);
      assertThat(sample.counts().canvases()).isEqualTo(1);
    }
    assertThat(folder.resolve("sample-unfinished.mv.db")).doesNotExist();
  }
}

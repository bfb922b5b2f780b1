package com.outsidein.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.Study;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondProcessTest {

  @TempDir Path folder;

  @Test
  void aWorkspaceOpenInAnotherProcessIsRefusedAndStaysIntact() throws Exception {
    Path named = folder.resolve("shared");
    try (Workspace workspace = Workspace.create(named)) {
      workspace.write(tx -> tx.studies().insert(Study.titled("Held elsewhere")));
    }
    Process holder = ChildJvm.start(HoldWorkspace.class, named.toString());
    try {
      BufferedReader output =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(output.readLine()).startsWith("OPEN");

      assertThatThrownBy(() -> Workspace.open(named))
          .isInstanceOfSatisfying(
              WorkspaceUnavailableException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.BUSY);
                assertThat(e.getMessage()).contains("open in another");
              });
    } finally {
      holder.destroyForcibly();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
    try (Workspace reopened = Workspace.open(named)) {
      assertThat(WorkspaceTest.studies(reopened))
          .extracting(Study::title)
          .containsExactly("Held elsewhere");
    }
  }
}

package com.outsidein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.store.ChildJvm;
import com.outsidein.store.HoldWorkspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliBusyWorkspaceTest {

  @TempDir Path folder;

  @Test
  void infoOnAWorkspaceOpenElsewhereExitsThreeWithAClearLine() throws Exception {
    Path workspace = folder.resolve("busy");
    assertThat(CliRun.of("sample", "--workspace", workspace.toString()).exitCode()).isZero();
    Process holder = ChildJvm.start(HoldWorkspace.class, workspace.toString());
    try {
      BufferedReader output =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(output.readLine()).startsWith("OPEN");

      CliRun run = CliRun.of("info", "--workspace", workspace.toString(), "--json");

      assertThat(run.exitCode()).isEqualTo(ExitCode.WORKSPACE_UNAVAILABLE);
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.err()).contains("open in another OutsideIn window or process");
      assertThat(run.out()).isEmpty();
    } finally {
      holder.destroyForcibly();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
  }
}

package com.outsidein.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ImportBatch;
import com.outsidein.exchange.importing.ImportSpeedTestFiles;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.store.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM imports a big file and is SIGKILLed while the rows go in: afterwards the workspace
 * opens and holds every import whole or not at all (2 cycles; 10 with {@code -Dheavy=true}).
 */
class ImportKilledHalfWayTest {

  @TempDir Path folder;

  @Test
  void aKilledImportLeavesAllOfItOrNoneOfIt() throws Exception {
    int rows = 20_000;
    int cycles = Boolean.getBoolean("heavy") ? 10 : 2;
    long seed = Long.getLong("crash.seed", System.nanoTime());
    System.out.println("ImportKilledHalfWayTest seed " + seed);
    Random random = new Random(seed);
    Path csv = folder.resolve("big.csv");
    ImportSpeedTestFiles.writeBigCsv(csv, rows);
    Path workspace = folder.resolve("ws");
    WorkspaceSession.create(workspace).close();

    int before = 0;
    for (int cycle = 0; cycle < cycles; cycle++) {
      Process child = ChildJvm.start(ImportingProcess.class, workspace.toString(), csv.toString());
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).as("child output, seed %d", seed).isEqualTo("WRITING");
      long until = System.nanoTime() + random.nextInt(300) * 1_000_000L;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      boolean reported = false;
      while (out.ready()) {
        reported |= String.valueOf(out.readLine()).startsWith("COMMITTED");
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

      try (WorkspaceSession session = WorkspaceSession.open(workspace)) {
        List<ImportBatch> batches = session.imports().batches();
        assertThat(session.counts().observations())
            .as("cycle %d, seed %d", cycle, seed)
            .isEqualTo(batches.size() * rows);
        assertThat(batches).allSatisfy(b -> assertThat(b.rowCount()).isEqualTo(rows));
        // A commit reported is there; otherwise the import is there whole or not at all.
        assertThat(batches.size())
            .isIn(reported ? List.of(before + 1) : List.of(before, before + 1));
        before = batches.size();
        if (batches.isEmpty()) {
          assertThat(session.counts().people()).isZero();
          assertThat(session.counts().interviews()).isZero();
        }
      }
    }
  }
}

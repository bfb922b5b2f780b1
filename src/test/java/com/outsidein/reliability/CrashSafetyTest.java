package com.outsidein.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.store.ChildJvm;
import com.outsidein.store.WorkspaceProbe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL at random moments: every transaction it reported committed
 * must be there whole afterwards, and nothing half-written may be. A few cycles run by default;
 * {@code -Dheavy=true} runs 200 (or {@code -Dcrash.cycles=N}).
 */
class CrashSafetyTest {

  @TempDir Path folder;

  @Test
  void committedTransactionsSurviveSigkillWholeAndNothingHalfWrittenRemains() throws Exception {
    int cycles = Integer.getInteger("crash.cycles", Boolean.getBoolean("heavy") ? 200 : 3);
    long seed = Long.getLong("crash.seed", System.nanoTime());
    System.out.println("CrashSafetyTest seed " + seed + ", " + cycles + " cycles");
    Random random = new Random(seed);
    Path file = folder.resolve("crash.mv.db");
    Map<Integer, Integer> reported = new HashMap<>();
    int next = 0;
    for (int cycle = 0; cycle < cycles; cycle++) {
      long childSeed = random.nextLong();
      Process writer =
          ChildJvm.start(
              CrashWriter.class, file.toString(), Long.toString(childSeed), Integer.toString(next));
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
      int wanted = 1 + random.nextInt(25);
      for (int i = 0; i < wanted; i++) {
        String line = out.readLine();
        assertThat(line).as("writer output, seed %d", seed).startsWith("COMMITTED ");
        String[] parts = line.split(" ");
        reported.put(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
      // Let it run on a little, so the kill lands at a random point inside a transaction.
      long until = System.nanoTime() + random.nextInt(40) * 1_000_000L;
      while (System.nanoTime() < until && out.ready()) {
        String line = out.readLine();
        String[] parts = line.split(" ");
        reported.put(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
      }
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
      while (out.ready()) {
        String line = out.readLine();
        if (line != null && line.startsWith("COMMITTED ")) {
          String[] parts = line.split(" ");
          reported.put(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
      }

      WorkspaceProbe.Integrity integrity = WorkspaceProbe.checkCrashWorkspace(file);
      assertThat(integrity.problems())
          .as("integrity after cycle %d, seed %d", cycle, seed)
          .isEmpty();
      for (Map.Entry<Integer, Integer> committed : reported.entrySet()) {
        assertThat(integrity.observationsByTransaction())
            .as("transaction %d reported committed, seed %d", committed.getKey(), seed)
            .containsEntry(committed.getKey(), committed.getValue());
      }
      next =
          integrity.observationsByTransaction().keySet().stream()
                  .mapToInt(Integer::intValue)
                  .max()
                  .orElse(next)
              + 1;
    }
  }
}

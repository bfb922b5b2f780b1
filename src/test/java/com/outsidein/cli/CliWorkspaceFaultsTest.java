package com.outsidein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command refuses a workspace file that is not what it should be: exit 3, one clear line, no
 * stack trace, and the file as it was.
 */
class CliWorkspaceFaultsTest {

  @TempDir static Path prototypes;
  private static Path sample;

  @TempDir Path folder;

  @BeforeAll
  static void buildTheSampleOnce() {
    sample = prototypes.resolve("sample.mv.db");
    assertThat(CliRun.of("sample", "--workspace", sample.toString()).exitCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"info", "search", "export", "import"})
  void anEmptyFileIsRefusedAndNeverWrittenInto(String command) throws IOException {
    Path empty = Files.createFile(folder.resolve("empty.mv.db"));

    CliRun run = run(command, empty.toString());

    assertRefused(run, "is empty");
    assertThat(Files.size(empty)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"info", "search", "export", "import"})
  void aDamagedFileIsReportedDamagedWithWhatToDoAndNeverWrittenInto(String command)
      throws IOException {
    Path workspace = Files.copy(sample, folder.resolve("sample.mv.db"));
    damageTheMiddle(workspace);
    byte[] damaged = Files.readAllBytes(workspace);

    CliRun run = run(command, workspace.toString());

    assertRefused(run, "is damaged");
    assertThat(run.err()).contains("Restore a backup");
    assertThat(Arrays.equals(Files.readAllBytes(workspace), damaged)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "FOLDER", "FOLDER/", "NOT-YET/", "FOLDER/named.mv.db"})
  void aFolderIsRefusedByEveryCommand(String workspace) throws IOException {
    Path named = Files.createDirectories(folder.resolve("folder/named.mv.db"));
    String argument =
        workspace
            .replace("FOLDER", folder.resolve("folder").toString())
            .replace("NOT-YET", folder.resolve("not-yet").toString());

    for (String command : List.of("info", "search", "export", "import", "sample")) {
      CliRun run = run(command, argument);

      assertRefused(run, "is a folder");
    }
    assertThat(named).isEmptyDirectory();
    assertThat(folder.resolve("not-yet")).doesNotExist();
    assertThat(folder.resolve("folder.mv.db")).doesNotExist();
  }

  private CliRun run(String command, String workspace) throws IOException {
    List<String> args = new ArrayList<>(List.of(command, "--workspace", workspace));
    switch (command) {
      case "search" -> args.add("renewal");
      case "export" -> args.addAll(List.of("--out", folder.resolve("report.xlsx").toString()));
      case "import" -> {
        Path csv = folder.resolve("observations.csv");
        Files.writeString(csv, "observation\nThey renew late\n");
        args.addAll(List.of("--study", "Churn", csv.toString()));
      }
      default -> {}
    }
    return CliRun.of(args.toArray(String[]::new));
  }

  private static void assertRefused(CliRun run, String says) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.WORKSPACE_UNAVAILABLE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains(says).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  private static void damageTheMiddle(Path file) throws IOException {
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] noise = new byte[8192];
      Arrays.fill(noise, (byte) 0xAB);
      for (long at = raw.length() / 3; at < raw.length() * 2 / 3; at += 4 * noise.length) {
        raw.seek(at);
        raw.write(noise);
      }
    }
  }
}

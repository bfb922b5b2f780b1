package com.outsidein.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.app.Main;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.store.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that a database would refuse (too long for their column, or growing when lower-cased) are
 * refused with a clear line first, and reach no file in the clear: not the log, not a trace file
 * beside the workspace, not a temp file.
 */
class EncryptedErrorPathsTest {

  private static final String SECRET = "Quokka lemonade 4412";
  private static final String PASSWORD = "correct horse battery";

  @TempDir Path folder;

  @Test
  void anOverLongStudyNameAndAGrowingEmailLeaveNoTraceOfTheirText() throws Exception {
    Path workspace = folder.resolve("work");
    WorkspaceSession.create(workspace, PASSWORD.toCharArray()).close();
    Path observations = folder.resolve("in/observations.csv");
    Files.createDirectories(observations.getParent());
    Files.writeString(observations, "observation\nThey renew late\n");
    Path people = folder.resolve("in/people.csv");
    // "İ" becomes two characters when lower-cased: 280 of them outgrow the email key's column.
    String email = SECRET.replace(' ', '.') + "İ".repeat(280) + "@example.com";
    Files.writeString(people, "name,email\nAna Ruiz," + email + "\n", StandardCharsets.UTF_8);
    Set<Path> tempBefore = listTemp();

    Run longStudy =
        run(
            "import",
            "--workspace",
            workspace.toString(),
            "--study",
            SECRET + " ".repeat(2) + "x".repeat(400),
            observations.toString());
    Run growingEmail = run("import-people", "--workspace", workspace.toString(), people.toString());

    for (Run refused : List.of(longStudy, growingEmail)) {
      assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
      assertThat(refused.err()).contains("longer than").doesNotContain(SECRET);
      assertThat(refused.err().lines()).hasSize(1);
    }
    List<Path> written = filesUnder(folder);
    written.removeIf(f -> f.startsWith(folder.resolve("in")));
    written.addAll(newTempFiles(tempBefore));
    assertThat(written).anyMatch(f -> f.toString().endsWith(".log"));
    assertThat(written).noneMatch(f -> f.toString().endsWith(".trace.db"));
    for (Path file : written) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      assertThat(text).as("the secret in %s", file).doesNotContain(SECRET).doesNotContain("Quokka");
    }
  }

  private record Run(int exitCode, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    Process process =
        ChildJvm.startCapturingErrors(
            Map.of(
                "OUTSIDEIN_PASSWORD",
                PASSWORD,
                "XDG_DATA_HOME",
                folder.resolve("data").toString(),
                // The app's own logging (to its log file), not the tests' console.
                "JAVA_TOOL_OPTIONS",
                "-Dlogback.configurationFile=" + appLogging()),
            Main.class,
            args);
    process.getInputStream().readAllBytes();
    String err =
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))
            .collect(Collectors.joining("\n"));
    return new Run(process.waitFor(), err);
  }

  private static String appLogging() {
    try {
      return Path.of(Main.class.getResource("/logback.xml").toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toCollection(ArrayList::new));
    }
  }

  private static Set<Path> listTemp() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.collect(Collectors.toSet());
    }
  }

  private static List<Path> newTempFiles(Set<Path> before) throws IOException {
    List<Path> created = new ArrayList<>();
    for (Path path : listTemp()) {
      if (!before.contains(path) && Files.isRegularFile(path) && Files.isReadable(path)) {
        created.add(path);
      }
    }
    return created;
  }
}

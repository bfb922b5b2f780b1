package com.outsidein.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.Consent;
import com.outsidein.domain.Facet;
import com.outsidein.domain.Insight;
import com.outsidein.domain.InsightStatus;
import com.outsidein.domain.Interview;
import com.outsidein.domain.KnowledgeStage;
import com.outsidein.domain.Level;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.Person;
import com.outsidein.domain.Study;
import com.outsidein.domain.WorkspaceUnavailableException;
import com.outsidein.domain.WorkspaceUnavailableException.Reason;
import com.outsidein.service.DataFolder;
import com.outsidein.service.Settings;
import com.outsidein.service.WorkspaceOpener;
import com.outsidein.service.WorkspaceSession;
import com.outsidein.store.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted workspace leaks none of its text into any file the app writes for it. */
class EncryptionTest {

  private static final String SECRET = "Zephyr marmalade 7731";
  private static final char[] PASSWORD = "correct horse battery".toCharArray();

  @TempDir Path folder;

  private static void fill(WorkspaceSession session) {
    Study study = session.studies().create(Study.titled("Secret study"));
    Person person =
        session.people().createPerson(new Person(0, "Ana Ruiz", null, null, null, Consent.NONE));
    Interview interview =
        session
            .interviews()
            .create(
                new Interview(
                    0,
                    study.id(),
                    "Visit",
                    LocalDate.now(),
                    null,
                    null,
                    null,
                    "Notes say " + SECRET + ".",
                    "",
                    null),
                List.of(person.id()));
    Observation observation =
        session
            .observations()
            .create(
                new Observation(
                    0,
                    study.id(),
                    interview.id(),
                    person.id(),
                    "Observed " + SECRET,
                    SECRET,
                    ObservationKind.SAYS,
                    null,
                    null,
                    null,
                    1,
                    null,
                    null),
                List.of());
    session
        .insights()
        .create(
            new Insight(
                0,
                study.id(),
                "Why",
                "Because " + SECRET,
                Facet.PROBLEMS,
                KnowledgeStage.MYSTERY,
                Level.LOW,
                Level.LOW,
                InsightStatus.DRAFT),
            List.of(observation.id()));
  }

  @Test
  void theTextOfAnEncryptedWorkspaceIsInNoFileTheAppWrote() throws Exception {
    Set<Path> tempBefore = listTemp();
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("secret"), PASSWORD)) {
      fill(session);
      session.backups().backupNow();
      assertThat(session.observations().count(com.outsidein.domain.ObservationFilter.ALL))
          .isEqualTo(1);
    }
    List<Path> written = filesUnder(folder);
    written.addAll(newTempFiles(tempBefore));
    assertThat(written).anyMatch(p -> p.toString().endsWith(".zip"));
    for (Path file : written) {
      assertThat(containsSecret(file)).as("the secret in %s", file).isFalse();
    }
  }

  @Test
  void openingAsksForThePasswordAndRefusesAWrongOne() {
    WorkspaceSession.create(folder.resolve("locked"), PASSWORD).close();

    assertThat(WorkspaceSession.isEncrypted(folder.resolve("locked"))).isTrue();
    assertThatThrownBy(() -> WorkspaceSession.open(folder.resolve("locked")))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.PASSWORD_REQUIRED));
    assertThatThrownBy(() -> WorkspaceSession.open(folder.resolve("locked"), "guess".toCharArray()))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD);
              assertThat(e.getMessage()).contains("password").doesNotContain("Exception");
            });
    try (WorkspaceSession open = WorkspaceSession.open(folder.resolve("locked"), PASSWORD)) {
      assertThat(open.isEncrypted()).isTrue();
    }
  }

  @Test
  void anExistingWorkspaceIsEncryptedItsPasswordChangedAndItsClearBackupsRemoved()
      throws Exception {
    WorkspaceOpener opener =
        new WorkspaceOpener(
            new DataFolder(folder.resolve("data")),
            Settings.load(folder.resolve("s.properties")),
            WorkspaceSession::create);
    WorkspaceSession plain = opener.create(folder.resolve("work"));
    fill(plain);
    plain.backups().backupNow();
    assertThat(containsSecret(plain.backups().list().get(0).file())).isTrue();

    WorkspaceSession encrypted = opener.changePassword(plain, null, PASSWORD);
    encrypted.backups().backupNow();
    WorkspaceSession changed =
        opener.changePassword(encrypted, PASSWORD, "new secret".toCharArray());
    changed.backups().backupNow();
    assertThat(changed.studies().all()).extracting(Study::title).containsExactly("Secret study");
    changed.close();

    for (Path file : filesUnder(folder.resolve("work.backups"))) {
      assertThat(containsSecret(file)).as("the secret in %s", file).isFalse();
    }
    assertThat(containsSecret(folder.resolve("work.mv.db"))).isFalse();
    assertThatThrownBy(() -> WorkspaceSession.open(folder.resolve("work"), PASSWORD))
        .isInstanceOfSatisfying(
            WorkspaceUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
  }

  @Test
  void theCommandLineTakesThePasswordFromTheEnvironment() throws Exception {
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("cli"), PASSWORD)) {
      fill(session);
    }
    String file = folder.resolve("cli").toString();
    Process without =
        ChildJvm.start(
            Map.of("OUTSIDEIN_DATA_IGNORED", "1"),
            com.outsidein.app.Main.class,
            "info",
            "--workspace",
            file,
            "--json");
    assertThat(without.waitFor()).isEqualTo(3);
    Process with =
        ChildJvm.start(
            Map.of("OUTSIDEIN_PASSWORD", new String(PASSWORD)),
            com.outsidein.app.Main.class,
            "info",
            "--workspace",
            file,
            "--json");
    String out = new String(with.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(with.waitFor()).isZero();
    assertThat(out).contains("\"observations\":1");
  }

  private static boolean containsSecret(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (contains(bytes)) {
      return true;
    }
    if (file.toString().endsWith(".zip")) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          if (contains(readAll(zip))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }

  private static boolean contains(byte[] bytes) {
    for (byte[] needle :
        List.of(
            SECRET.getBytes(StandardCharsets.UTF_8),
            SECRET.getBytes(StandardCharsets.UTF_16LE),
            SECRET.getBytes(StandardCharsets.UTF_16BE))) {
      outer:
      for (int i = 0; i + needle.length <= bytes.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (bytes[i + j] != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    if (!Files.exists(root)) {
      return new ArrayList<>();
    }
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

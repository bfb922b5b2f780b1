package com.outsidein.exchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.WorkspaceCounts;
import com.outsidein.service.WorkspaceSession;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile or broken project is refused whole, with a message naming the file and the element,
 * and the workspace stays as it was.
 */
class HostileQdpxTest {

  private static final String CODE = "11111111-1111-1111-1111-111111111111";
  private static final String SOURCE = "33333333-3333-3333-3333-333333333333";
  private static final String SEL = "44444444-4444-4444-4444-444444444444";

  @TempDir Path folder;
  private WorkspaceSession session;
  private WorkspaceCounts before;

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("w"));
    before = session.counts();
  }

  @AfterEach
  void close() {
    assertThat(session.counts()).as("the workspace is unchanged").isEqualTo(before);
    assertThat(session.studies().findByTitle("Target")).isEmpty();
    session.close();
  }

  @Test
  void anEntryWhosePathLeavesTheZipIsRefused() throws Exception {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("project.qde", Zips.project(""));
    entries.put("../../evil.txt", "gotcha");
    Path file = Zips.of(folder.resolve("escape.qdpx"), entries);

    assertRefused(file, "escape.qdpx", "../../evil.txt");
    assertThat(folder.getParent().resolve("evil.txt")).doesNotExist();
  }

  @Test
  void aZipBombIsRefusedBeforeItFillsTheMemory() throws Exception {
    Path file = folder.resolve("bomb.qdpx");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("project.qde"));
      zip.write(
          ("<?xml version=\"1.0\"?><Project xmlns=\"" + Zips.NS + "\" name=\"x\"><Description>")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        zip.write(spaces);
      }
      zip.write("</Description></Project>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertRefused(file, "bomb.qdpx", "zip bomb");
  }

  @Test
  void aZipWithoutAProjectFileIsRefused() throws Exception {
    Path file = Zips.of(folder.resolve("none.qdpx"), Map.of("sources/a.txt", "text"));

    assertRefused(file, "none.qdpx", "no project file");
  }

  @Test
  void aFileThatIsNoZipIsRefused() throws Exception {
    Path file = Files.writeString(folder.resolve("plain.qdpx"), "not a zip");

    assertRefused(file, "plain.qdpx", "zip");
  }

  @Test
  void xmlInAnotherNamespaceIsRefused() throws Exception {
    String qde = "<?xml version=\"1.0\"?><Project xmlns=\"urn:something:else\" name=\"x\"/>";
    Path file = Zips.of(folder.resolve("other.qdpx"), Map.of("project.qde", qde));

    assertRefused(file, "other.qdpx", "urn:something:else");
  }

  @Test
  void aDtdWithAnExternalEntityIsRefusedAndNothingOutsideIsRead() throws Exception {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
    String qde =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<Project xmlns=\""
            + Zips.NS
            + "\" name=\"x\"><Description>&x;</Description></Project>";
    Path file = Zips.of(folder.resolve("xxe.qdpx"), Map.of("project.qde", qde));

    BadInputException refused = refusal(file);
    assertThat(refused.getMessage()).contains("xxe.qdpx").doesNotContain("TOP-SECRET");
  }

  @Test
  void entityExpansionIsRefused() throws Exception {
    String qde =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "\n<Project xmlns=\""
            + Zips.NS
            + "\" name=\"x\"><Description>&c;</Description></Project>";
    Path file = Zips.of(folder.resolve("laughs.qdpx"), Map.of("project.qde", qde));

    assertRefused(file, "laughs.qdpx", "laughs.qdpx");
  }

  @Test
  void aSelectionOutsideItsTextIsRefusedNamingTheSelection() throws Exception {
    String qde =
        Zips.project(
            "<Sources><TextSource guid=\""
                + SOURCE
                + "\" name=\"One\"><PlainTextContent>short</PlainTextContent>"
                + "<PlainTextSelection guid=\""
                + SEL
                + "\" startPosition=\"2\" endPosition=\"900\"/></TextSource></Sources>");
    Path file = Zips.of(folder.resolve("range.qdpx"), Map.of("project.qde", qde));

    assertRefused(file, "range.qdpx", "PlainTextSelection " + SEL);
  }

  @Test
  void aReferenceToAnUnknownGuidIsRefusedNamingTheElement() throws Exception {
    String qde =
        Zips.project(
            "<Sources><TextSource guid=\""
                + SOURCE
                + "\" name=\"One\"><PlainTextContent>some words</PlainTextContent>"
                + "<PlainTextSelection guid=\""
                + SEL
                + "\" startPosition=\"0\" endPosition=\"4\"><Coding guid=\""
                + "99999999-9999-9999-9999-999999999999\"><CodeRef targetGUID=\""
                + CODE
                + "\"/></Coding></PlainTextSelection></TextSource></Sources>");
    Path file = Zips.of(folder.resolve("unknown.qdpx"), Map.of("project.qde", qde));

    BadInputException refused = refusal(file);
    assertThat(refused.getMessage()).contains("unknown.qdpx").contains("CodeRef").contains(CODE);
  }

  @Test
  void aMissingSourceFileIsRefusedNamingTheSource() throws Exception {
    String qde =
        Zips.project(
            "<Sources><TextSource guid=\""
                + SOURCE
                + "\" name=\"One\" plainTextPath=\"internal://"
                + SOURCE
                + ".txt\"/></Sources>");
    Path file = Zips.of(folder.resolve("missing.qdpx"), Map.of("project.qde", qde));

    assertRefused(file, "missing.qdpx", "TextSource " + SOURCE);
  }

  private void assertRefused(Path file, String fileName, String detail) {
    BadInputException refused = refusal(file);
    assertThat(refused.getMessage()).contains(fileName).contains(detail);
  }

  private BadInputException refusal(Path file) {
    QdpxImporter importer = new QdpxImporter(session.exchange());
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> importer.importProject(file, "Target", false, ImportProgress.NONE));
    assertThat(thrown).isInstanceOf(BadInputException.class);
    return (BadInputException) thrown;
  }
}

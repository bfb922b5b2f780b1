package com.outsidein.exchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.Quotes;
import com.outsidein.exchange.sample.SampleWorkspace;
import com.outsidein.service.NoQuoteWorkspace;
import com.outsidein.service.WorkspaceSession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxExportTest {

  @TempDir Path folder;

  @Test
  void theSampleExportsAsAProjectTheSchemaAccepts() throws Exception {
    try (WorkspaceSession session = SampleWorkspace.build(folder.resolve("sample"))) {
      Path out = folder.resolve("sample.qdpx");
      ProjectExportResult result = export(session, out);

      Map<String, String> entries = QdpxFiles.entries(out);
      QdpxFiles.validateProject(entries.get("project.qde"));
      assertThat(result.selections()).isPositive();
      assertThat(result.codes()).isPositive();
      assertThat(entries.keySet())
          .filteredOn(n -> n.startsWith("sources/"))
          .hasSize(result.sources() - heldBackSources(entries.get("project.qde")))
          .allMatch(n -> n.matches("sources/[0-9a-f-]{36}\\.txt"));
      assertSelectionsInsideTheirTexts(entries);
    }
  }

  @Test
  void theCodebookExportsAsACodebookTheSchemaAccepts() throws Exception {
    try (WorkspaceSession session = SampleWorkspace.build(folder.resolve("sample"))) {
      Path out = folder.resolve("codes.qdc");
      int codes = new QdcExporter(session.exchange()).export(out);

      String xml = java.nio.file.Files.readString(out);
      QdpxFiles.validateCodebook(xml);
      assertThat(codes).isEqualTo(session.codebook().tree().depthFirst().size());
      assertThat(dom(xml).getElementsByTagNameNS(Qda.CODEBOOK_NS, "Code").getLength())
          .isEqualTo(codes);
    }
  }

  @Test
  void exportingTwiceGivesTheSameGuids() throws Exception {
    ExchangeWorkspace w = ExchangeWorkspace.build(folder.resolve("w"));
    try (WorkspaceSession session = w.session) {
      export(session, folder.resolve("one.qdpx"));
      export(session, folder.resolve("two.qdpx"));

      Map<String, String> one = QdpxFiles.entries(folder.resolve("one.qdpx"));
      Map<String, String> two = QdpxFiles.entries(folder.resolve("two.qdpx"));
      assertThat(two.keySet()).isEqualTo(one.keySet());
      assertThat(guids(two.get("project.qde"))).isEqualTo(guids(one.get("project.qde")));
      assertThat(guids(one.get("project.qde"))).doesNotHaveDuplicates();
    }
  }

  @Test
  void offsetsCountCodePointsOverLfTextAndANoQuotePassageLeavesAsTheWithheldMark()
      throws Exception {
    ExchangeWorkspace w = ExchangeWorkspace.build(folder.resolve("w"));
    try (WorkspaceSession session = w.session) {
      Path out = folder.resolve("w.qdpx");
      export(session, out);

      Map<String, String> entries = QdpxFiles.entries(out);
      QdpxFiles.validateProject(entries.get("project.qde"));
      String notes = textOfSource(entries, "Depot visit — notes");
      assertThat(notes).doesNotContain("\r").contains(Quotes.WITHHELD);
      assertThat(String.join("", entries.values())).doesNotContain(ExchangeWorkspace.NED_WORDS);
      Map<String, String> passages = passages(entries, "Depot visit — notes");
      assertThat(passages.values())
          .containsExactlyInAnyOrder(
              "the setup 😀 took ages",
              Quotes.WITHHELD,
              "cafe\u0301 cre\u0300me) is what we drink");
      // "Intro line\n" is 11 code points, "Ana: " 5 more; the passage 21, its emoji counting one.
      assertThat(passages).containsEntry("16-37", "the setup 😀 took ages");
    }
  }

  @Test
  void aTranscriptANoQuoteParticipantSpeaksInIsHeldBackAsAnEmptySourceAndTheReportSaysSo()
      throws Exception {
    NoQuoteWorkspace w = NoQuoteWorkspace.build(folder.resolve("consent"));
    try (WorkspaceSession session = w.session) {
      Path out = folder.resolve("consent.qdpx");
      ProjectExportResult result = export(session, out);

      Map<String, String> entries = QdpxFiles.entries(out);
      QdpxFiles.validateProject(entries.get("project.qde"));
      String all = String.join("\n", entries.values());
      assertThat(all)
          .doesNotContain("type every single order")
          .doesNotContainIgnoringCase("took two weekends")
          .doesNotContain("Honestly")
          .contains(NoQuoteWorkspace.PARAPHRASE);
      Element transcript = source(entries.get("project.qde"), "Depot visit — transcript");
      assertThat(transcript.hasAttribute("plainTextPath")).isFalse();
      assertThat(
              transcript
                  .getElementsByTagNameNS(Qda.PROJECT_NS, "PlainTextContent")
                  .item(0)
                  .getTextContent())
          .isEmpty();
      assertThat(result.heldBack())
          .anyMatch(line -> line.contains("Depot visit") && line.contains("transcript"));
    }
  }

  @Test
  void aCancelledExportLeavesNoFileBehind() throws Exception {
    ExchangeWorkspace w = ExchangeWorkspace.build(folder.resolve("w"));
    try (WorkspaceSession session = w.session) {
      Path out = folder.resolve("cancelled.qdpx");
      ImportProgress cancelled =
          new ImportProgress() {
            @Override
            public void update(long done, long total) {}

            @Override
            public boolean isCancelled() {
              return true;
            }
          };

      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  new QdpxExporter(session.exchange(), session.reports())
                      .export(null, out, cancelled))
          .isInstanceOf(com.outsidein.domain.ImportCancelledException.class);
      try (var left = java.nio.file.Files.list(folder)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .noneMatch(n -> n.contains("cancelled.qdpx"));
      }
    }
  }

  static ProjectExportResult export(WorkspaceSession session, Path out) throws Exception {
    return new QdpxExporter(session.exchange(), session.reports())
        .export(null, out, ImportProgress.NONE);
  }

  private static int heldBackSources(String qde) throws Exception {
    NodeList sources = dom(qde).getElementsByTagNameNS(Qda.PROJECT_NS, "TextSource");
    int held = 0;
    for (int i = 0; i < sources.getLength(); i++) {
      if (!((Element) sources.item(i)).hasAttribute("plainTextPath")) {
        held++;
      }
    }
    return held;
  }

  /** Every selection lies within its source's text, counted in code points. */
  private static void assertSelectionsInsideTheirTexts(Map<String, String> entries)
      throws Exception {
    NodeList sources =
        dom(entries.get("project.qde")).getElementsByTagNameNS(Qda.PROJECT_NS, "TextSource");
    for (int i = 0; i < sources.getLength(); i++) {
      Element source = (Element) sources.item(i);
      String path = source.getAttribute("plainTextPath");
      String text = path.isEmpty() ? "" : entries.get("sources/" + path.substring(11));
      int length = text.codePointCount(0, text.length());
      NodeList selections = source.getElementsByTagNameNS(Qda.PROJECT_NS, "PlainTextSelection");
      for (int j = 0; j < selections.getLength(); j++) {
        Element s = (Element) selections.item(j);
        assertThat(Integer.parseInt(s.getAttribute("endPosition"))).isBetween(0, length);
      }
    }
  }

  static Document dom(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> guids(String qde) {
    List<String> guids = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(" guid=\"([^\"]+)\"").matcher(qde);
    while (m.find()) {
      guids.add(m.group(1));
    }
    return guids;
  }

  private static Element source(String qde, String name) throws Exception {
    NodeList sources = dom(qde).getElementsByTagNameNS(Qda.PROJECT_NS, "TextSource");
    for (int i = 0; i < sources.getLength(); i++) {
      Element source = (Element) sources.item(i);
      if (source.getAttribute("name").equals(name)) {
        return source;
      }
    }
    throw new AssertionError("no source " + name);
  }

  private static String textOfSource(Map<String, String> entries, String name) throws Exception {
    String path = source(entries.get("project.qde"), name).getAttribute("plainTextPath");
    return entries.get("sources/" + path.substring("internal://".length()));
  }

  /** Each selection of the source as "start-end" and the code points it covers. */
  private static Map<String, String> passages(Map<String, String> entries, String name)
      throws Exception {
    String text = textOfSource(entries, name);
    int[] cps = text.codePoints().toArray();
    NodeList selections =
        source(entries.get("project.qde"), name)
            .getElementsByTagNameNS(Qda.PROJECT_NS, "PlainTextSelection");
    Map<String, String> found = new java.util.LinkedHashMap<>();
    for (int i = 0; i < selections.getLength(); i++) {
      Element s = (Element) selections.item(i);
      int start = Integer.parseInt(s.getAttribute("startPosition"));
      int end = Integer.parseInt(s.getAttribute("endPosition"));
      found.put(start + "-" + end, new String(cps, start, end - start));
    }
    return found;
  }
}

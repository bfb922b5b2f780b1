package com.outsidein.exchange.refi;

import static org.assertj.core.api.Assertions.assertThat;

import com.outsidein.domain.Code;
import com.outsidein.domain.CodeTree;
import com.outsidein.domain.ImportProgress;
import com.outsidein.domain.Interview;
import com.outsidein.domain.Observation;
import com.outsidein.domain.ObservationKind;
import com.outsidein.domain.QdaImportSummary;
import com.outsidein.domain.Quotes;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects from OutsideIn and from other tools come in whole, at the right places. */
class QdpxImportTest {

  private static final String CODE_A = "11111111-1111-1111-1111-111111111111";
  private static final String CODE_B = "22222222-2222-2222-2222-222222222222";
  private static final String SOURCE = "33333333-3333-3333-3333-333333333333";
  private static final String SEL = "44444444-4444-4444-4444-444444444444";
  private static final String SEL2 = "55555555-5555-5555-5555-555555555555";

  @TempDir Path folder;

  @Test
  void aRoundTripGivesTheSameTextsCodesAndPassagesOverCrlfEmojiAndCombiningMarks()
      throws Exception {
    Path out = folder.resolve("w.qdpx");
    ExchangeWorkspace w = ExchangeWorkspace.build(folder.resolve("w"));
    try (WorkspaceSession session = w.session) {
      QdpxExportTest.export(session, out);
    }
    try (WorkspaceSession fresh = WorkspaceSession.create(folder.resolve("fresh"))) {
      QdaImportSummary summary =
          new QdpxImporter(fresh.exchange())
              .importProject(out, "Depots", false, ImportProgress.NONE);

      assertThat(summary.interviews()).isEqualTo(1);
      Interview visit = onlyInterview(fresh, "Depots");
      String expectedNotes =
          ExchangeWorkspace.NOTES
              .replace("\r\n", "\n")
              .replace(ExchangeWorkspace.NED_WORDS, Quotes.WITHHELD);
      assertThat(visit.title()).isEqualTo("Depot visit");
      assertThat(visit.notes()).isEqualTo(expectedNotes);
      assertThat(visit.transcript()).isEmpty();
      Map<String, Observation> passages =
          fresh.observations().ofInterview(visit.id()).stream()
              .filter(o -> o.highlight() != null)
              .collect(
                  Collectors.toMap(
                      o -> visit.notes().substring(o.highlight().start(), o.highlight().end()),
                      o -> o));
      assertThat(passages.keySet())
          .containsExactlyInAnyOrder(
              "the setup 😀 took ages",
              Quotes.WITHHELD,
              "cafe\u0301 cre\u0300me) is what we drink");
      Observation drink = passages.get("cafe\u0301 cre\u0300me) is what we drink");
      assertThat(drink.kind()).isEqualTo(ObservationKind.DOES);
      assertThat(codePaths(fresh, drink)).containsExactlyInAnyOrder("Setup", "Setup/Slow setup");
      assertThat(fresh.people().get(drink.speakerId()).orElseThrow().name())
          .isEqualTo("Ana Allows");
      assertThat(passages.get(Quotes.WITHHELD).kind()).isEqualTo(ObservationKind.SAYS_THEY_DO);
      Observation loose =
          fresh.observations().ofInterview(visit.id()).stream()
              .filter(o -> o.highlight() == null)
              .findFirst()
              .orElseThrow();
      assertThat(loose.text()).isEqualTo("Ana would pay for faster setup");
      assertThat(loose.sentiment()).isEqualTo(1);
      assertThat(codePaths(fresh, loose)).containsExactly("Setup");
      CodeTree tree = fresh.codebook().tree();
      Code setup = tree.childrenOf(null).get(0);
      assertThat(setup.name()).isEqualTo("Setup");
      assertThat(setup.colour()).isEqualTo("#3366CC");
      assertThat(setup.definition()).isEqualTo("Getting going");
      assertThat(setup.memo()).isEqualTo("Watch this");
      assertThat(tree.childrenOf(setup.id())).extracting(Code::name).containsExactly("Slow setup");
      assertThat(summary.notCarried()).containsEntry("insights (notes)", 1);
    }
  }

  @Test
  void theSampleRoundTripsWithTheSameInterviewsTextsCodesAndPassages() throws Exception {
    Path out = folder.resolve("sample.qdpx");
    Map<String, String> before;
    List<String> codesBefore;
    try (WorkspaceSession sample =
        com.outsidein.exchange.sample.SampleWorkspace.build(folder.resolve("sample"))) {
      ProjectExportResult result = QdpxExportTest.export(sample, out);
      assertThat(result.heldBack()).as("the sample holds back some words").isNotEmpty();
      before = releasedPassagesByInterview(sample);
      codesBefore = paths(sample.codebook().tree());
    }
    try (WorkspaceSession fresh = WorkspaceSession.create(folder.resolve("fresh"))) {
      new QdpxImporter(fresh.exchange()).importProject(out, "All", false, ImportProgress.NONE);

      assertThat(passagesByInterview(fresh)).isEqualTo(before);
      assertThat(paths(fresh.codebook().tree())).containsExactlyInAnyOrderElementsOf(codesBefore);
    }
  }

  @Test
  void anotherToolsProjectWithSourcesFolderAnotherProjectNameAndCrlfTextLandsAtTheRightWords()
      throws Exception {
    // Offsets count code points over the text with LF line endings: "b😀\u0301c" after "a\r\n".
    String text = "a\r\nb😀e\u0301c\r\nend";
    String qde =
        Zips.project(
            "<CodeBook><Codes>"
                + code(CODE_A, "Topic", "")
                + code(CODE_B, "Topic", "")
                + "</Codes></CodeBook><Sources>"
                + "<TextSource guid=\""
                + SOURCE
                + "\" name=\"Interview 1\" plainTextPath=\"internal://"
                + SOURCE
                + ".txt\">"
                + selection(SEL, 2, 6, CODE_A)
                + selection(SEL2, 8, 11, CODE_B)
                + "</TextSource>"
                + "<PDFSource guid=\"66666666-6666-6666-6666-666666666666\" path=\"internal://x.pdf\">"
                + "<PDFSelection guid=\"77777777-7777-7777-7777-777777777777\" page=\"1\""
                + " firstX=\"1\" firstY=\"1\" secondX=\"2\" secondY=\"2\"/></PDFSource>"
                + "</Sources><Sets><Set guid=\"88888888-8888-8888-8888-888888888888\" name=\"s\"/></Sets>");
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("Study.qde", qde);
    entries.put("Sources/" + SOURCE + ".txt", text);
    Path file = Zips.of(folder.resolve("maxqda.qdpx"), entries);

    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("w"))) {
      QdaImportSummary summary =
          new QdpxImporter(session.exchange())
              .importProject(file, "Other", false, ImportProgress.NONE);

      Interview interview = onlyInterview(session, "Other");
      assertThat(interview.title()).isEqualTo("Interview 1");
      assertThat(interview.transcript()).isEqualTo("a\nb😀e\u0301c\nend");
      List<String> words =
          session.observations().ofInterview(interview.id()).stream()
              .map(
                  o -> interview.transcript().substring(o.highlight().start(), o.highlight().end()))
              .toList();
      assertThat(words).containsExactlyInAnyOrder("b😀e\u0301", "end");
      assertThat(summary.renamedCodes()).containsExactly("Topic → Topic (2)");
      assertThat(summary.notCarried())
          .containsEntry("PDF sources", 1)
          .containsEntry("PDF selections", 1)
          .containsEntry("sets", 1);
    }
  }

  @Test
  void aRelativePathIsReadAgainstTheBasePath() throws Exception {
    Path base = java.nio.file.Files.createDirectories(folder.resolve("media"));
    java.nio.file.Files.writeString(base.resolve("one.txt"), "Outside the zip");
    String qde =
        "<?xml version=\"1.0\"?><Project xmlns=\""
            + Zips.NS
            + "\" name=\"p\" basePath=\""
            + base
            + "\"><Sources><TextSource guid=\""
            + SOURCE
            + "\" name=\"One\" plainTextPath=\"relative://one.txt\"/></Sources></Project>";
    Path file = Zips.of(folder.resolve("rel.qdpx"), Map.of("project.qde", qde));

    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("w"))) {
      new QdpxImporter(session.exchange()).importProject(file, "Rel", false, ImportProgress.NONE);

      assertThat(onlyInterview(session, "Rel").transcript()).isEqualTo("Outside the zip");
    }
  }

  @Test
  void anEmptyProjectImportsAsAnEmptyStudy() throws Exception {
    Path file = Zips.of(folder.resolve("empty.qdpx"), Map.of("project.qde", Zips.project("")));

    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("w"))) {
      QdaImportSummary summary =
          new QdpxImporter(session.exchange())
              .importProject(file, "Empty", false, ImportProgress.NONE);

      assertThat(summary.studyCreated()).isTrue();
      assertThat(summary.observations()).isZero();
      assertThat(session.studies().findByTitle("Empty")).isPresent();
    }
  }

  @Test
  void removeImportTakesTheWholeProjectAwayAgain() throws Exception {
    Path out = folder.resolve("w.qdpx");
    try (WorkspaceSession session = ExchangeWorkspace.build(folder.resolve("w")).session) {
      QdpxExportTest.export(session, out);
    }
    try (WorkspaceSession fresh = WorkspaceSession.create(folder.resolve("fresh"))) {
      var countsBefore = fresh.counts();
      QdaImportSummary summary =
          new QdpxImporter(fresh.exchange())
              .importProject(out, "Depots", false, ImportProgress.NONE);
      assertThat(fresh.counts().observations()).isEqualTo(4);

      fresh.imports().remove(summary.batchId());

      var after = fresh.counts();
      assertThat(after.observations()).isEqualTo(countsBefore.observations());
      assertThat(after.interviews()).isEqualTo(countsBefore.interviews());
      assertThat(after.codes()).isEqualTo(countsBefore.codes());
      assertThat(after.people()).isEqualTo(countsBefore.people());
    }
  }

  @Test
  void aCodebookMergesIntoTheCodebookByPath() throws Exception {
    try (WorkspaceSession session = WorkspaceSession.create(folder.resolve("w"))) {
      session.codebook().ensurePath("Setup");
      Path qdc = folder.resolve("codes.qdc");
      java.nio.file.Files.writeString(
          qdc,
          "<?xml version=\"1.0\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
              + "<Code guid=\""
              + CODE_A
              + "\" name=\"Setup\" isCodable=\"true\"><Code guid=\""
              + CODE_B
              + "\" name=\"Slow\" isCodable=\"true\" color=\"#F00\"><Description>Too slow</Description>"
              + "</Code></Code></Codes></CodeBook>");

      QdaImportSummary summary =
          new QdpxImporter(session.exchange()).importCodebook(qdc, false, ImportProgress.NONE);

      assertThat(summary.newCodes()).isEqualTo(1);
      assertThat(paths(session.codebook().tree())).containsExactlyInAnyOrder("Setup", "Setup/Slow");
      Code slow =
          session.codebook().tree().depthFirst().stream()
              .filter(c -> c.name().equals("Slow"))
              .findFirst()
              .orElseThrow();
      assertThat(slow.colour()).isEqualTo("#FF0000");
      assertThat(slow.definition()).isEqualTo("Too slow");
    }
  }

  static String code(String guid, String name, String inner) {
    return "<Code guid=\""
        + guid
        + "\" name=\""
        + name
        + "\" isCodable=\"true\">"
        + inner
        + "</Code>";
  }

  static String selection(String guid, int start, int end, String codeGuid) {
    return "<PlainTextSelection guid=\""
        + guid
        + "\" startPosition=\""
        + start
        + "\" endPosition=\""
        + end
        + "\"><Coding guid=\""
        + guid.replace('4', '9').replace('5', '9')
        + "\"><CodeRef targetGUID=\""
        + codeGuid
        + "\"/></Coding></PlainTextSelection>";
  }

  private static Interview onlyInterview(WorkspaceSession session, String study) {
    Study s = session.studies().findByTitle(study).orElseThrow();
    List<Interview> interviews =
        session.interviews().summaries(s.id()).stream()
            .map(i -> session.interviews().get(i.id()).orElseThrow())
            .toList();
    assertThat(interviews).hasSize(1);
    return interviews.get(0);
  }

  private static List<String> codePaths(WorkspaceSession session, Observation o) {
    CodeTree tree = session.codebook().tree();
    return session.exchange().interview(o.interviewId()).observations().stream()
        .filter(e -> e.id() == o.id())
        .flatMap(e -> e.codeIds().stream())
        .map(tree::pathOf)
        .toList();
  }

  private static List<String> paths(CodeTree tree) {
    return tree.depthFirst().stream().map(c -> tree.pathOf(c.id())).toList();
  }

  /** As {@link #passagesByInterview}, of the interviews as the export rules let them out. */
  private static Map<String, String> releasedPassagesByInterview(WorkspaceSession session) {
    Map<String, String> found = new java.util.TreeMap<>();
    for (var summary : session.interviews().summaries(null)) {
      var released = session.exchange().interview(summary.id());
      Interview i = released.interview();
      List<String> words =
          released.observations().stream()
              .filter(o -> o.passage() != null)
              .map(
                  o ->
                      o.passage().field()
                          + ":"
                          + PlainText.lf(
                              i.text(o.passage().field())
                                  .substring(o.passage().start(), o.passage().end())))
              .sorted()
              .toList();
      found.put(
          i.title(), PlainText.lf(i.notes()) + "|" + PlainText.lf(i.transcript()) + "|" + words);
    }
    return found;
  }

  /** Each interview (by title) with its texts and the words each passage highlights, sorted. */
  private static Map<String, String> passagesByInterview(WorkspaceSession session) {
    Map<String, String> found = new java.util.TreeMap<>();
    for (var summary : session.interviews().summaries(null)) {
      Interview i = session.interviews().get(summary.id()).orElseThrow();
      List<String> words =
          session.observations().ofInterview(i.id()).stream()
              .filter(o -> o.highlight() != null)
              .map(
                  o ->
                      o.highlight().field()
                          + ":"
                          + PlainText.lf(
                              i.text(o.highlight().field())
                                  .substring(o.highlight().start(), o.highlight().end())))
              .sorted()
              .toList();
      found.put(
          i.title(), PlainText.lf(i.notes()) + "|" + PlainText.lf(i.transcript()) + "|" + words);
    }
    return found;
  }
}

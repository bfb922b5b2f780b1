package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Interview;
import com.outsidein.domain.InterviewField;
import com.outsidein.domain.Study;
import com.outsidein.service.WorkspaceSession;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptImportTest {

  @TempDir Path folder;
  private WorkspaceSession session;
  private long interviewId;
  private final TranscriptReader reader = new TranscriptReader();

  @BeforeEach
  void open() {
    session = WorkspaceSession.create(folder.resolve("ws"));
    Study study = session.studies().create(Study.titled("S"));
    interviewId =
        session
            .interviews()
            .create(
                new Interview(0, study.id(), "Visit", null, null, null, null, "", "", null),
                List.of())
            .id();
  }

  @AfterEach
  void close() {
    session.close();
  }

  private Path file(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private String transcript() {
    return session.interviews().get(interviewId).orElseThrow().text(InterviewField.TRANSCRIPT);
  }

  @Test
  void webVttKeepsSpeakersAndStartTimesAndDropsHeadersAndCueNumbers() throws Exception {
    Path vtt =
        file(
            "call.vtt",
            "WEBVTT - interview\r\nKind: captions\r\n\r\nNOTE recorded on site\r\n\r\n"
                + "1\r\n00:01:02.000 --> 00:01:05.500 align:start\r\n<v Anna>Setup took two days.</v>\r\n\r\n"
                + "2\r\n00:01:06.000 --> 00:01:09.000\r\n<v.loud Ben>Did you call <b>support</b>?\r\n\r\n"
                + "01:10.000 --> 01:12.000\r\nNo speaker here\r\nsecond line\r\n");

    assertThat(reader.read(vtt))
        .isEqualTo(
            "[00:01:02] Anna: Setup took two days.\n"
                + "[00:01:06] Ben: Did you call support?\n"
                + "[00:01:10] No speaker here second line\n");
  }

  @Test
  void subRipKeepsStartTimesAndSpeakerNamesWrittenInTheText() throws Exception {
    Path srt =
        file(
            "call.srt",
            "1\n00:00:01,000 --> 00:00:03,000\nAnna: Hello there.\n\n"
                + "2\n00:00:04,250 --> 00:00:06,000\nBen: Hi!\nHow are you?\n\n");

    assertThat(reader.read(srt))
        .isEqualTo("[00:00:01] Anna: Hello there.\n[00:00:04] Ben: Hi! How are you?\n");
  }

  @Test
  void plainTextComesInAsItIsWithUnixLineEnds() throws Exception {
    Path txt = file("notes.txt", "\uFEFFAnna: Hello\r\nBen: Hi\r\n");

    assertThat(reader.read(txt)).isEqualTo("Anna: Hello\nBen: Hi\n");
  }

  @Test
  void aWordDocumentComesInParagraphByParagraph() throws Exception {
    Path docx = folder.resolve("call.docx");
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(docx)) {
      document.createParagraph().createRun().setText("[00:00:05] Anna: Ja, genau.");
      document.createParagraph().createRun().setText("[00:00:09] Ben: Und dann?");
      document.write(out);
    }

    assertThat(reader.read(docx))
        .isEqualTo("[00:00:05] Anna: Ja, genau.\n[00:00:09] Ben: Und dann?\n");
  }

  @Test
  void importingReplacesOrAppendsToTheInterviewsTranscript() throws Exception {
    Path first = file("first.txt", "First part\n");
    Path second = file("second.txt", "Second part\n");

    importInto(interviewId, first, false);
    importInto(interviewId, second, true);
    assertThat(transcript()).isEqualTo("First part\n\nSecond part\n");

    importInto(interviewId, first, false);
    assertThat(transcript()).isEqualTo("First part\n");
  }

  @Test
  void bytesThatAreNotTextAreRefusedAndTheTranscriptIsUnchanged() throws Exception {
    importInto(interviewId, file("keep.txt", "Kept\n"), false);
    Path binary = folder.resolve("binary.txt");
    Files.write(binary, new byte[] {'a', 0, 'b', 0});
    Path latin1 = folder.resolve("latin1.srt");
    Files.write(
        latin1,
        "1\n00:00:01,000 --> 00:00:02,000\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path fakeDocx = file("fake.docx", "just text");

    assertThatThrownBy(() -> importInto(interviewId, binary, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a text file");
    assertThatThrownBy(() -> importInto(interviewId, latin1, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> importInto(interviewId, fakeDocx, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a Word document");
    assertThatThrownBy(() -> importInto(interviewId, file("x.pdf", "%PDF"), false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("only .txt, .vtt, .srt and .docx");
    assertThat(transcript()).isEqualTo("Kept\n");
  }

  @Test
  void aWordDocumentThatUnpacksToFarMoreThanItHoldsIsRefusedAsAZipBomb() throws Exception {
    importInto(interviewId, file("keep.txt", "Kept\n"), false);
    Path real = folder.resolve("real.docx");
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(real)) {
      document.createParagraph().createRun().setText("Hello");
      document.write(out);
    }
    Path bomb = folder.resolve("bomb.docx");
    ZipBomb.of(real, bomb, "word/document.xml", "<w:body>");
    assertThat(Files.size(bomb)).isLessThan(1 << 20);

    assertThatThrownBy(() -> importInto(interviewId, bomb, false))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("bomb.docx")
        .hasMessageContaining("zip bomb");
    assertThat(transcript()).isEqualTo("Kept\n");
  }

  /** What the interview editor does with a transcript file: read it, combine it, save it. */
  private String importInto(long interviewId, Path file, boolean append) {
    String read = new TranscriptReader().read(file);
    String current =
        session.interviews().get(interviewId).orElseThrow().text(InterviewField.TRANSCRIPT);
    String text = TranscriptImporter.combine(current, read, append);
    session.interviews().saveText(interviewId, InterviewField.TRANSCRIPT, text);
    return text;
  }
}

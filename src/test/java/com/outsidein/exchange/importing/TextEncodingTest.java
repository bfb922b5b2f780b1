package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.ImportProgress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bytes that are not text are refused wherever they stand; text in another encoding is named. */
class TextEncodingTest {

  private static final String CSV =
      "observation,kind\nSetup took two days,says\nCalled support,does\n";

  @TempDir Path folder;

  private Path write(String name, byte[] content) throws Exception {
    Path file = folder.resolve(name);
    Files.write(file, content);
    return file;
  }

  private static String firstProblem(Runnable reading) {
    BadInputException bad = catchThrowableOfType(reading::run, BadInputException.class);
    assertThat(bad).as("refused").isNotNull();
    return bad.problems().get(0).toString();
  }

  private String csvRefusal(Path file) {
    return firstProblem(() -> new ObservationFileReader().read(file, "sha", ImportProgress.NONE));
  }

  /** A valid CSV of more than 64 KB, with {@code bad} put at the start of its last line. */
  private static byte[] bigCsvEndingWith(byte bad) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("observation\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 5_000; i++) {
      bytes.writeBytes(("Observation number " + i + "\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.write(bad);
    bytes.writeBytes("last\n".getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({"0, 0x00", "1, 0x01", "27, 0x1B", "127, 0x7F"})
  void aByteThatIsNotTextPastTheFirst64KbIsRefusedWithItsLine(int bad, String shown)
      throws Exception {
    byte[] content = bigCsvEndingWith((byte) bad);
    assertThat(content.length).isGreaterThan(64 * 1024);

    assertThat(csvRefusal(write("late.csv", content)))
        .isEqualTo(
            "late.csv, line 5002: this is not a text file: it holds a byte that is not text ("
                + shown
                + ") here");
  }

  @Test
  void tabsAndLineBreaksOfEveryKindAreText() throws Exception {
    Path file =
        write(
            "spaces.csv",
            "observation,quote\r\n\"Two\nlines\",\"tab\there\fpage\u000Bvertical\"\r\n"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(new ObservationFileReader().read(file, "sha", ImportProgress.NONE).rows())
        .hasSize(1);
  }

  @Test
  void aNulBytePastTheFirst64KbOfATranscriptIsRefused() throws Exception {
    Path file = write("late.txt", bigCsvEndingWith((byte) 0));

    assertThat(firstProblem(() -> new TranscriptReader().read(file)))
        .startsWith("late.txt, line 5002: this is not a text file");
  }

  @ParameterizedTest
  @CsvSource({
    "UTF-16LE, true, UTF-16",
    "UTF-16BE, true, UTF-16",
    "UTF-16LE, false, UTF-16",
    "UTF-16BE, false, UTF-16",
    "UTF-32LE, true, UTF-32",
    "UTF-32BE, false, UTF-32"
  })
  void textInAnotherUnicodeEncodingIsNamedNotCalledBinary(
      String charset, boolean withOrderMark, String named) throws Exception {
    String text = (withOrderMark ? "\uFEFF" : "") + CSV;
    Path file = write("wide.csv", text.getBytes(Charset.forName(charset)));

    assertThat(csvRefusal(file))
        .isEqualTo(
            "wide.csv: this file is "
                + named
                + " text; save it as UTF-8 (CSV UTF-8 in Excel) and try again");
  }

  @Test
  void aUtf16TranscriptIsNamedToo() throws Exception {
    Path file =
        write(
            "call.srt",
            ("\uFEFF1\n00:00:01,000 --> 00:00:02,000\nHello\n")
                .getBytes(StandardCharsets.UTF_16LE));

    assertThat(firstProblem(() -> new TranscriptReader().read(file)))
        .contains("this file is UTF-16 text; save it as UTF-8");
  }

  @Test
  void aUtf8ByteOrderMarkIsStillWelcome() throws Exception {
    Path file = write("bom.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));

    assertThat(new ObservationFileReader().read(file, "sha", ImportProgress.NONE).rows())
        .hasSize(2);
  }
}

package com.outsidein.exchange.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subtitles with malformed cue times are refused with the line named, never read in part. */
class SubtitleTimesTest {

  @TempDir Path folder;
  private final TranscriptReader reader = new TranscriptReader();

  private BadInputException refusal(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    BadInputException bad = catchThrowableOfType(() -> reader.read(file), BadInputException.class);
    assertThat(bad).as("refused").isNotNull();
    return bad;
  }

  @Test
  void aSubRipCueWithMalformedTimesIsRefusedWithItsLine() throws Exception {
    BadInputException bad =
        refusal(
            "call.srt",
            "1\n00:00:01,000 --> 00:00:03,000\nAnna: Hello.\n\n"
                + "2\n00:00:04 --> 00:00:06\nBen: Hi!\n");

    assertThat(bad.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "call.srt, line 6: \"00:00:04 --> 00:00:06\" is not a cue's times; write them as"
                + " 00:01:02.000 --> 00:01:05.500");
  }

  @Test
  void aFileWhoseCuesAreAllMalformedNeverBecomesAnEmptyTranscript() throws Exception {
    BadInputException bad =
        refusal(
            "all-bad.vtt",
            "WEBVTT\n\n1\n00:00:01 -> 00:00:02\nHello\n\n2\n0:0:3.000 --> soon\nBye\n");

    assertThat(bad.problems())
        .extracting(Problem::where)
        .containsExactly("all-bad.vtt, line 4", "all-bad.vtt, line 8");
  }

  @Test
  void secondsOfSixtyOrATimeEndingBeforeItStartsAreMalformed() throws Exception {
    BadInputException bad =
        refusal(
            "odd.vtt",
            "WEBVTT\n\n00:00:61.000 --> 00:01:02.000\nToo late\n\n"
                + "00:02:00.000 --> 00:01:00.000\nBackwards\n");

    assertThat(bad.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "odd.vtt, line 3: \"00:00:61.000 --> 00:01:02.000\" has minutes or seconds of 60 or"
                + " more",
            "odd.vtt, line 6: \"00:02:00.000 --> 00:01:00.000\" ends before it starts");
  }

  @Test
  void textOutsideAnyCueIsRefusedRatherThanDropped() throws Exception {
    BadInputException bad =
        refusal("lost.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n\nThis line has no cue\n");

    assertThat(bad.problems()).extracting(Problem::where).containsExactly("lost.srt, line 5");
  }

  @Test
  void aFileWithNoCuesAtAllIsRefused() throws Exception {
    assertThat(refusal("empty.vtt", "WEBVTT\n\nNOTE nothing was said\n").problems())
        .extracting(Problem::toString)
        .containsExactly("empty.vtt: the file holds no subtitle cues with text");
  }
}

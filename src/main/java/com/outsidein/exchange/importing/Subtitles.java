package com.outsidein.exchange.importing;

import com.outsidein.domain.BadInputException;
import com.outsidein.domain.Problem;
import com.outsidein.exchange.ExchangeText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT and SubRip subtitles as a readable transcript: one line per cue, "[hh:mm:ss] Speaker:
 * text". Headers, cue numbers, settings and styling tags are dropped; a VTT voice tag ({@code <v
 * Anna>}) becomes the speaker. A cue whose times are malformed, or a block of text outside any cue,
 * is a problem naming its line: the file is refused rather than read in part (or as nothing).
 */
final class Subtitles {

  private static final String TIME = "((?:\\d+:)?\\d{1,2}:\\d{2})[.,](\\d{1,3})";
  private static final Pattern TIMING =
      Pattern.compile("^\\s*" + TIME + "\\s+-->\\s+" + TIME + "(?:\\s+.*)?$");
  private static final Pattern VOICE = Pattern.compile("^<v(?:\\.[^ >]*)?\\s+([^>]+)>(.*)$");
  private static final Pattern LOOKS_LIKE_TIME = Pattern.compile("^\\d{1,2}:\\d{1,2}");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final String TIMING_EXAMPLE = "00:01:02.000 --> 00:01:05.500";

  private final String file;
  private final boolean vtt;
  private final List<Problem> problems = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();

  private Subtitles(String file, boolean vtt) {
    this.file = file;
    this.vtt = vtt;
  }

  static String fromVtt(String file, String text) {
    return new Subtitles(file, true).read(text);
  }

  static String fromSrt(String file, String text) {
    return new Subtitles(file, false).read(text);
  }

  /** A block of lines between blank lines, and the line number of its first line. */
  private record Block(int firstLine, List<String> lines) {}

  private String read(String text) {
    for (Block block : blocks(text)) {
      String first = block.lines().get(0);
      if (vtt && isVttHeader(first)) {
        continue;
      }
      cue(block);
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    if (out.isEmpty()) {
      throw new BadInputException(file, ExchangeText.get("problem.noCues"));
    }
    return out.toString();
  }

  private static boolean isVttHeader(String first) {
    return first.startsWith("WEBVTT")
        || first.startsWith("NOTE")
        || first.startsWith("STYLE")
        || first.startsWith("REGION");
  }

  private static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(new Block(start, current));
          current = new ArrayList<>();
        }
      } else {
        if (current.isEmpty()) {
          start = i + 1;
        }
        current.add(lines[i].strip());
      }
    }
    if (!current.isEmpty()) {
      blocks.add(new Block(start, current));
    }
    return blocks;
  }

  /** Adds one cue: the lines after its timing line, with the start time and speaker in front. */
  private void cue(Block block) {
    List<String> lines = block.lines();
    int timing = timingLine(lines);
    if (timing < 0) {
      problem(block.firstLine(), ExchangeText.get("problem.outsideCue", TIMING_EXAMPLE));
      return;
    }
    String start = start(lines.get(timing), block.firstLine() + timing);
    if (start == null) {
      return;
    }
    String speaker = null;
    StringBuilder said = new StringBuilder();
    for (String line : lines.subList(timing + 1, lines.size())) {
      Matcher voice = VOICE.matcher(line);
      String content = line;
      if (voice.matches()) {
        speaker = voice.group(1).strip();
        content = voice.group(2);
      }
      content = TAG.matcher(content).replaceAll("").strip();
      if (!content.isEmpty()) {
        if (!said.isEmpty()) {
          said.append(' ');
        }
        said.append(content);
      }
    }
    if (said.isEmpty()) {
      return;
    }
    out.append('[').append(start).append("] ");
    if (speaker != null) {
      out.append(speaker).append(": ");
    }
    out.append(said).append('\n');
  }

  /**
   * The index of the block's timing line: the first with an arrow, else the first that looks like a
   * time (so a timing written with a wrong arrow is named as such); -1 when there is none.
   */
  private static int timingLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("-->")) {
        return i;
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (LOOKS_LIKE_TIME.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  /** The cue's start as hh:mm:ss, or null (with a problem) when its times are malformed. */
  private String start(String line, int number) {
    Matcher time = TIMING.matcher(line);
    String shown = line.length() > 60 ? line.substring(0, 60) + "…" : line;
    if (!time.matches()) {
      problem(number, ExchangeText.get("problem.notCueTimes", shown, TIMING_EXAMPLE));
      return null;
    }
    long from = millis(time.group(1), time.group(2));
    long to = millis(time.group(3), time.group(4));
    if (from < 0 || to < 0) {
      problem(number, ExchangeText.get("problem.cueTimeOver60", shown));
      return null;
    }
    if (to < from) {
      problem(number, ExchangeText.get("problem.cueEndsBeforeStart", shown));
      return null;
    }
    return hours(time.group(1));
  }

  /** Milliseconds from hh:mm:ss and its fraction; -1 when minutes or seconds are 60 or more. */
  private static long millis(String time, String fraction) {
    String[] parts = time.split(":");
    int n = parts.length;
    long seconds = Long.parseLong(parts[n - 1]);
    long minutes = Long.parseLong(parts[n - 2]);
    long hours = n == 3 ? Long.parseLong(parts[0]) : 0;
    if (seconds >= 60 || minutes >= 60) {
      return -1;
    }
    String padded = (fraction + "00").substring(0, 3);
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(padded);
  }

  private void problem(int line, String what) {
    problems.add(new Problem(ExchangeText.get("where.line", file, line), what));
  }

  /** 01:02 becomes 00:01:02; 1:02:03 becomes 01:02:03. */
  private static String hours(String time) {
    String[] parts = time.split(":");
    if (parts.length == 2) {
      return "00:" + pad(parts[0]) + ":" + parts[1];
    }
    return pad(parts[0]) + ":" + pad(parts[1]) + ":" + parts[2];
  }

  private static String pad(String part) {
    return part.length() == 1 ? "0" + part : part;
  }
}

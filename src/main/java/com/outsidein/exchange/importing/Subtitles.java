package com.outsidein.exchange.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT and SubRip subtitles as a readable transcript: one line per cue, "[hh:mm:ss] Speaker:
 * text". Headers, cue numbers, settings and styling tags are dropped; a VTT voice tag ({@code <v
 * Anna>}) becomes the speaker.
 */
final class Subtitles {

  private static final Pattern TIMING =
      Pattern.compile("^\\s*((?:\\d+:)?\\d{1,2}:\\d{2})[.,]\\d{1,3}\\s*-->.*$");
  private static final Pattern VOICE = Pattern.compile("^<v(?:\\.[^ >]*)?\\s+([^>]+)>(.*)$");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private Subtitles() {}

  static String fromVtt(String text) {
    List<String> blocks = blocks(text);
    StringBuilder out = new StringBuilder();
    for (String block : blocks) {
      String first = block.lines().findFirst().orElse("");
      if (first.startsWith("WEBVTT")
          || first.startsWith("NOTE")
          || first.startsWith("STYLE")
          || first.startsWith("REGION")) {
        continue;
      }
      cue(block, out);
    }
    return out.toString();
  }

  static String fromSrt(String text) {
    StringBuilder out = new StringBuilder();
    for (String block : blocks(text)) {
      cue(block, out);
    }
    return out.toString();
  }

  private static List<String> blocks(String text) {
    List<String> blocks = new ArrayList<>();
    for (String block : text.split("\n\\s*\n")) {
      if (!block.isBlank()) {
        blocks.add(block.strip());
      }
    }
    return blocks;
  }

  /** Adds one cue: the lines after its timing line, with the start time and speaker in front. */
  private static void cue(String block, StringBuilder out) {
    List<String> lines = block.lines().toList();
    int timing = -1;
    for (int i = 0; i < lines.size() && timing < 0; i++) {
      if (TIMING.matcher(lines.get(i)).matches()) {
        timing = i;
      }
    }
    if (timing < 0) {
      return;
    }
    Matcher time = TIMING.matcher(lines.get(timing));
    time.matches();
    String start = hours(time.group(1));
    String speaker = null;
    StringBuilder said = new StringBuilder();
    for (String line : lines.subList(timing + 1, lines.size())) {
      Matcher voice = VOICE.matcher(line.strip());
      String content = line.strip();
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

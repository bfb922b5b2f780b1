package com.outsidein.exchange.importing;

/** Puts a transcript file into an interview: in place of its transcript, or after it. */
public final class TranscriptImporter {

  private TranscriptImporter() {}

  /** The transcript after importing {@code read} into {@code current}. */
  public static String combine(String current, String read, boolean append) {
    if (!append || current == null || current.isBlank()) {
      return read;
    }
    return current.stripTrailing() + "\n\n" + read;
  }
}

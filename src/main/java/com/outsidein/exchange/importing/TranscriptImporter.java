package com.outsidein.exchange.importing;

import com.outsidein.domain.InterviewField;
import com.outsidein.service.WorkspaceSession;
import java.nio.file.Path;

/** Puts a transcript file into an interview: in place of its transcript, or after it. */
public final class TranscriptImporter {

  private final WorkspaceSession session;
  private final TranscriptReader reader = new TranscriptReader();

  public TranscriptImporter(WorkspaceSession session) {
    this.session = session;
  }

  /**
   * Reads the file and stores it as the interview's transcript (appended after a blank line when
   * {@code append} and the transcript is not empty). Returns the transcript as stored.
   */
  public String importInto(long interviewId, Path file, boolean append) {
    String read = reader.read(file);
    String current =
        session.interviews().get(interviewId).orElseThrow().text(InterviewField.TRANSCRIPT);
    String text = combine(current, read, append);
    session.interviews().saveText(interviewId, InterviewField.TRANSCRIPT, text);
    return text;
  }

  /** The transcript after importing {@code read} into {@code current}. */
  public static String combine(String current, String read, boolean append) {
    if (!append || current == null || current.isBlank()) {
      return read;
    }
    return current.stripTrailing() + "\n\n" + read;
  }
}

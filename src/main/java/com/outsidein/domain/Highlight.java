package com.outsidein.domain;

/** A passage of an interview's notes or transcript: characters [start, end). */
public record Highlight(InterviewField field, int start, int end) {

  public Highlight {
    if (field == null || start < 0 || end < start) {
      throw new IllegalArgumentException("bad highlight " + field + " " + start + ".." + end);
    }
  }
}

package com.outsidein.domain;

/**
 * Keeps a highlighted passage in place when the text around it is edited: edits before it move it,
 * edits after it leave it, and a passage caught in an edit is found again by its words when they
 * still stand somewhere nearby.
 */
public final class HighlightShift {

  private HighlightShift() {}

  /** Where the highlight lies in the edited text, or null when its passage is gone altogether. */
  public static Highlight apply(String before, String after, Highlight highlight) {
    return apply(before, after, TextChange.between(before, after), highlight);
  }

  public static Highlight apply(
      String before, String after, TextChange change, Highlight highlight) {
    if (change.isEmpty() || highlight.end() > before.length()) {
      return highlight.end() > after.length() ? null : highlight;
    }
    String passage = before.substring(highlight.start(), highlight.end());
    int start = change.mapStart(highlight.start());
    int end = Math.max(start, change.mapEnd(highlight.end()));
    if (after.substring(start, end).equals(passage)) {
      return new Highlight(highlight.field(), start, end);
    }
    int found = nearest(after, passage, start);
    if (found >= 0 && !passage.isBlank()) {
      return new Highlight(highlight.field(), found, found + passage.length());
    }
    return end > start ? new Highlight(highlight.field(), start, end) : null;
  }

  private static int nearest(String text, String passage, int around) {
    int after = text.indexOf(passage, around);
    int before = text.lastIndexOf(passage, around);
    if (after < 0) {
      return before;
    }
    if (before < 0) {
      return after;
    }
    return around - before <= after - around ? before : after;
  }
}

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
    Highlight clear = clearOf(change, highlight);
    if (clear != null) {
      return clear;
    }
    return reached(before.substring(highlight.start(), highlight.end()), after, change, highlight);
  }

  /**
   * Where a highlight the edit does not reach lies after it, from positions alone: one that ends at
   * or before the edited range stays, one that starts after it moves by the change in length. Null
   * when the edit reaches into the highlight, or inserts at its very start (the inserted words may
   * repeat it): then its words must be looked for, with {@link #reached}.
   */
  public static Highlight clearOf(TextChange change, Highlight highlight) {
    if (highlight.end() <= change.position()) {
      return highlight;
    }
    if (startsAfter(change, highlight.start())) {
      int delta = change.inserted() - change.removed();
      return new Highlight(highlight.field(), highlight.start() + delta, highlight.end() + delta);
    }
    return null;
  }

  /**
   * Whether a highlight starting here lies after the edited range: past the removed characters, and
   * not where the characters were inserted.
   */
  public static boolean startsAfter(TextChange change, int start) {
    int end = change.position() + change.removed();
    return change.removed() > 0 ? start >= end : start > end;
  }

  /**
   * Where a highlight the edit reaches into lies after it, or null when its passage is gone.
   *
   * @param passage the highlighted words before the edit
   * @param after the whole text after the edit
   */
  public static Highlight reached(
      String passage, CharSequence after, TextChange change, Highlight highlight) {
    int start = change.mapStart(highlight.start());
    int end = Math.max(start, change.mapEnd(highlight.end()));
    if (end - start == passage.length() && sameAt(after, start, passage)) {
      return new Highlight(highlight.field(), start, end);
    }
    int found = nearest(after, passage, start);
    if (found >= 0 && !passage.isBlank()) {
      return new Highlight(highlight.field(), found, found + passage.length());
    }
    return end > start ? new Highlight(highlight.field(), start, end) : null;
  }

  private static boolean sameAt(CharSequence text, int at, String passage) {
    if (at + passage.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < passage.length(); i++) {
      if (text.charAt(at + i) != passage.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int nearest(CharSequence text, String passage, int around) {
    int after = indexOf(text, passage, around);
    int before = lastIndexOf(text, passage, around);
    if (after < 0) {
      return before;
    }
    if (before < 0) {
      return after;
    }
    return around - before <= after - around ? before : after;
  }

  private static int indexOf(CharSequence text, String passage, int from) {
    if (text instanceof StringBuilder builder) {
      return builder.indexOf(passage, from);
    }
    return text.toString().indexOf(passage, from);
  }

  private static int lastIndexOf(CharSequence text, String passage, int from) {
    if (text instanceof StringBuilder builder) {
      return builder.lastIndexOf(passage, from);
    }
    return text.toString().lastIndexOf(passage, from);
  }
}

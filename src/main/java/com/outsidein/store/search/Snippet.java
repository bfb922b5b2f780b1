package com.outsidein.store.search;

import com.outsidein.domain.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** The matching words of a text with some text around them, and where they are. */
public record Snippet(String text, List<TextSpan> marks, TextSpan match) {

  private static final int BEFORE = 60;
  private static final int AFTER = 140;
  private static final String ELLIPSIS = "…";

  /** The snippet around the first match of the query, or null when the text does not match. */
  public static Snippet of(String text, Query query) {
    List<TextSpan> spans = matches(text, query);
    if (spans.isEmpty()) {
      return null;
    }
    TextSpan first = spans.get(0);
    int from = wordStartAtOrAfter(text, Math.max(0, first.start() - BEFORE), first.start());
    int to = Math.min(text.length(), Math.max(first.end(), from + BEFORE + AFTER));
    to = wordEndAtOrBefore(text, to, first.end());
    String lead = from > 0 ? ELLIPSIS : "";
    String tail = to < text.length() ? ELLIPSIS : "";
    String window = text.substring(from, to).replace('\n', ' ').replace('\r', ' ');
    List<TextSpan> marks = new ArrayList<>();
    for (TextSpan span : spans) {
      if (span.start() >= from && span.end() <= to) {
        int shift = lead.length() - from;
        marks.add(new TextSpan(span.start() + shift, span.end() + shift));
      }
    }
    return new Snippet(lead + window + tail, marks, first);
  }

  /** Every place in the text where a part of the query matches, in text order. */
  static List<TextSpan> matches(String text, Query query) {
    List<Words.Word> words = Words.of(text);
    List<TextSpan> spans = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int p = 0; p < query.parts().size(); p++) {
        List<String> part = query.parts().get(p);
        boolean prefixLast = query.lastIsPrefix() && p == query.parts().size() - 1;
        if (matchesAt(words, i, part, prefixLast)) {
          spans.add(new TextSpan(words.get(i).start(), words.get(i + part.size() - 1).end()));
          break;
        }
      }
    }
    return spans;
  }

  private static boolean matchesAt(
      List<Words.Word> words, int at, List<String> part, boolean prefixLast) {
    if (at + part.size() > words.size()) {
      return false;
    }
    for (int w = 0; w < part.size(); w++) {
      String word = words.get(at + w).text();
      boolean prefix = prefixLast && w == part.size() - 1;
      if (prefix ? !word.startsWith(part.get(w)) : !word.equals(part.get(w))) {
        return false;
      }
    }
    return true;
  }

  private static int wordStartAtOrAfter(String text, int from, int limit) {
    int i = from;
    if (i == 0) {
      return 0;
    }
    while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  private static int wordEndAtOrBefore(String text, int to, int limit) {
    int i = to;
    if (i == text.length()) {
      return i;
    }
    while (i > limit && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }
}

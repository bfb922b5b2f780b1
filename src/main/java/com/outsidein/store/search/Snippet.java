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
    TextSpan first = firstMatch(text, query);
    if (first == null) {
      return null;
    }
    int from = wordStartAtOrAfter(text, Math.max(0, first.start() - BEFORE), first.start());
    int to = Math.min(text.length(), Math.max(first.end(), from + BEFORE + AFTER));
    to = wordEndAtOrBefore(text, to, first.end());
    String lead = from > 0 ? ELLIPSIS : "";
    String tail = to < text.length() ? ELLIPSIS : "";
    String window = text.substring(from, to);
    List<TextSpan> marks = new ArrayList<>();
    for (TextSpan span : matches(window, query)) {
      marks.add(new TextSpan(span.start() + lead.length(), span.end() + lead.length()));
    }
    String shown = window.replace('\n', ' ').replace('\r', ' ');
    return new Snippet(lead + shown + tail, marks, first);
  }

  /**
   * Where the query first matches. Long plain texts are searched for the first word of each part
   * directly and checked where it occurs, rather than split into words from the start.
   */
  static TextSpan firstMatch(String text, Query query) {
    if (!isPlain(text)) {
      List<TextSpan> all = matches(text, query);
      return all.isEmpty() ? null : all.get(0);
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    TextSpan best = null;
    for (int p = 0; p < query.parts().size(); p++) {
      List<String> part = query.parts().get(p);
      boolean prefixLast = query.lastIsPrefix() && p == query.parts().size() - 1;
      int limit = best == null ? lower.length() : best.start();
      String word = part.get(0);
      for (int at = lower.indexOf(word); at >= 0 && at < limit; at = lower.indexOf(word, at + 1)) {
        if (at > 0 && isWordChar(lower.charAt(at - 1))) {
          continue;
        }
        int matchEnd = matchAt(lower, at, part, prefixLast);
        if (matchEnd > 0) {
          best = new TextSpan(at, matchEnd);
          break;
        }
      }
    }
    return best;
  }

  /**
   * Where a part of a query ends when it matches a plain lower-case text at {@code at}, or -1.
   * Words are separated by anything that is not a letter or digit, as {@link Words} splits them.
   */
  private static int matchAt(String lower, int at, List<String> part, boolean prefixLast) {
    int position = at;
    for (int w = 0; w < part.size(); w++) {
      if (w > 0) {
        while (position < lower.length() && !isWordChar(lower.charAt(position))) {
          position++;
        }
      }
      String word = part.get(w);
      if (!lower.startsWith(word, position)) {
        return -1;
      }
      int end = position + word.length();
      boolean wordMayGoOn = prefixLast && w == part.size() - 1;
      if (wordMayGoOn) {
        while (end < lower.length() && isWordChar(lower.charAt(end))) {
          end++;
        }
      } else if (end < lower.length() && isWordChar(lower.charAt(end))) {
        return -1;
      }
      position = end;
    }
    return position;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
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

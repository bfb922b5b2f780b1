package com.outsidein.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search as typed: every part must match. A part is a word, or a "quoted phrase" whose words must
 * follow one another. The last word of a query that does not end in a space or a quote also matches
 * words it begins, so results follow the typing.
 */
public record Query(List<List<String>> parts, boolean lastIsPrefix) {

  public Query {
    parts = parts.stream().map(List::copyOf).toList();
  }

  public boolean isEmpty() {
    return parts.isEmpty();
  }

  public static Query parse(String typed) {
    List<List<String>> parts = new ArrayList<>();
    if (typed == null) {
      return new Query(parts, false);
    }
    String[] pieces = typed.split("\"", -1);
    for (int i = 0; i < pieces.length; i++) {
      boolean quoted = i % 2 == 1 && i < pieces.length - 1;
      List<String> words = Words.of(pieces[i]).stream().map(Words.Word::text).toList();
      if (words.isEmpty()) {
        continue;
      }
      if (quoted) {
        parts.add(words);
      } else {
        // Words like "don't" or "e-mail" split into pieces that must follow one another.
        splitIntoParts(pieces[i], parts);
      }
    }
    String trimmedEnd = typed.stripTrailing();
    boolean prefix =
        !parts.isEmpty()
            && trimmedEnd.length() == typed.length()
            && !typed.endsWith("\"")
            && typed.chars().filter(c -> c == '"').count() % 2 == 0;
    return new Query(parts, prefix);
  }

  private static void splitIntoParts(String text, List<List<String>> parts) {
    for (String chunk : text.trim().split("\\s+")) {
      List<String> words = Words.of(chunk).stream().map(Words.Word::text).toList();
      if (!words.isEmpty()) {
        parts.add(words);
      }
    }
  }
}

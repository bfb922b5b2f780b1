package com.outsidein.store.search;

import com.outsidein.domain.TextSpan;
import java.util.List;

/**
 * The matching words of a text with some text around them.
 *
 * @param text the words shown, with "…" where the text goes on
 * @param marks where the matching words are in {@code text}
 * @param match where the words the snippet is built around are in the whole text
 */
record Snippet(String text, List<TextSpan> marks, TextSpan match) {

  Snippet {
    marks = List.copyOf(marks);
  }
}

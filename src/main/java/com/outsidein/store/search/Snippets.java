package com.outsidein.store.search;

import com.outsidein.domain.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts snippets with Lucene's highlighter: it finds where a query matches a text (phrases as one
 * match, stems and prefixes as the index matches them) and scores the sentences that hold the
 * matches. The snippet is the best sentence's first match with some text around it, every match in
 * view marked.
 */
final class Snippets {

  private static final int BEFORE = 60;
  private static final int AFTER = 140;
  private static final String ELLIPSIS = "…";

  /** Sentences considered per text; the best of them leads the snippet. */
  private static final int PASSAGES = 32;

  private final UnifiedHighlighter highlighter =
      UnifiedHighlighter.builderWithoutSearcher(EnglishAnalysis.forIndex())
          .withMaxLength(Integer.MAX_VALUE - 1)
          .withWeightMatches(true)
          .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
          .withMaxNoHighlightPassages(0)
          .withFormatter(new Cutter())
          .build();

  /** The snippet for a text the query matched, or null when the highlighter finds no match. */
  Snippet of(String text, Query query) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      Object cut =
          highlighter.highlightWithoutSearcher(EnglishAnalysis.FIELD, query, text, PASSAGES);
      return cut instanceof Snippet snippet ? snippet : null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not highlight a search hit", e);
    }
  }

  /** Turns the highlighter's scored sentences into a snippet. */
  private static final class Cutter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
      Passage best =
          Arrays.stream(passages)
              .filter(p -> p.getNumMatches() > 0)
              .max(Comparator.comparingDouble(Passage::getScore))
              .orElse(null);
      if (best == null) {
        return null;
      }
      TextSpan first = new TextSpan(best.getMatchStarts()[0], best.getMatchEnds()[0]);
      int from =
          Math.max(
              best.getStartOffset(),
              wordStartAtOrAfter(content, Math.max(0, first.start() - BEFORE), first.start()));
      int to = Math.min(content.length(), Math.max(first.end(), from + BEFORE + AFTER));
      to = wordEndAtOrBefore(content, to, first.end());
      String lead = from > 0 ? ELLIPSIS : "";
      String tail = to < content.length() ? ELLIPSIS : "";
      List<TextSpan> marks = new ArrayList<>();
      int lastEnd = -1;
      for (Passage passage : passages) {
        for (int m = 0; m < passage.getNumMatches(); m++) {
          int start = passage.getMatchStarts()[m];
          int end = passage.getMatchEnds()[m];
          if (start >= from && end <= to && start >= lastEnd) {
            marks.add(new TextSpan(start - from + lead.length(), end - from + lead.length()));
            lastEnd = end;
          }
        }
      }
      String shown = content.substring(from, to).replace('\n', ' ').replace('\r', ' ');
      return new Snippet(lead + shown + tail, marks, first);
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
}

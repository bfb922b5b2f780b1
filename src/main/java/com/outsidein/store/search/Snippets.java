package com.outsidein.store.search;

import com.outsidein.domain.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts snippets with Lucene's highlighter: it reads where a query matches a text from the index
 * (phrases as one match, stems and prefixes as the search matched them) and scores the lines that
 * hold the matches. The snippet is the best line's first match with some text around it, every
 * match in view marked. The texts themselves come from the workspace, never from the index.
 */
final class Snippets {

  private static final int BEFORE = 60;
  private static final int AFTER = 140;
  private static final String ELLIPSIS = "…";

  /** Lines considered per text; the best of them leads the snippet. */
  private static final int PASSAGES = 32;

  private Snippets() {}

  /**
   * The snippets of the given documents, by document; a text the highlighter finds no match in has
   * none.
   *
   * @param texts the text of each document, as the index holds it
   */
  static Map<Integer, Snippet> cut(
      IndexSearcher searcher, Query query, Map<Integer, String> texts) {
    Map<Integer, Snippet> snippets = new HashMap<>();
    if (texts.isEmpty()) {
      return snippets;
    }
    int[] docs = texts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] passages = new int[] {PASSAGES};
    try {
      Object[] cut =
          new Highlighter(searcher, texts)
              .highlightFieldsAsObjects(new String[] {EnglishAnalysis.FIELD}, query, docs, passages)
              .get(EnglishAnalysis.FIELD);
      for (int i = 0; i < docs.length; i++) {
        if (cut[i] instanceof Snippet snippet) {
          snippets.put(docs[i], snippet);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not highlight the search hits", e);
    }
    return snippets;
  }

  /** Lucene's highlighter, fed the texts of the workspace instead of stored fields. */
  private static final class Highlighter extends UnifiedHighlighter {

    private final Map<Integer, String> texts;

    Highlighter(IndexSearcher searcher, Map<Integer, String> texts) {
      super(
          UnifiedHighlighter.builder(searcher, EnglishAnalysis.forIndex())
              .withMaxLength(Integer.MAX_VALUE - 1)
              .withWeightMatches(true)
              // A line is a transcript's turn or a paragraph of notes; splitting into sentences
              // instead costs more than the rest of the highlighting.
              .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
              .withMaxNoHighlightPassages(0)
              .withFormatter(new Cutter()));
      this.texts = texts;
    }

    /** Overridden only to be callable from {@link Snippets}. */
    @Override
    protected Map<String, Object[]> highlightFieldsAsObjects(
        String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
      return super.highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        values.add(new CharSequence[] {texts.getOrDefault(doc, "")});
      }
      return values;
    }
  }

  /** Turns the highlighter's scored lines into a snippet. */
  private static final class Cutter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
      Passage best =
          Arrays.stream(passages)
              .filter(p -> p.getNumMatches() > 0 && p.getMatchEnds()[0] <= content.length())
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

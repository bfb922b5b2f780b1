package com.outsidein.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How search splits text into words: Unicode word boundaries, lower case, accents folded ("Café" is
 * "cafe"), possessives dropped, and English stems by KStem, which conflates "schedules" with
 * "schedule" but, unlike Porter, leaves "organization" apart from "organ". No stop words: every
 * typed word must match, "the" included.
 */
final class EnglishAnalysis {

  /** The one field every text is indexed in. */
  static final String FIELD = "text";

  private EnglishAnalysis() {}

  /**
   * For indexing: each word as written (folded) and its stem at the same position, so that a stem
   * finds every form and a prefix finds the words as written.
   */
  static Analyzer forIndex() {
    return analyzer(Stage.BOTH);
  }

  /** For the words of a query: their stems. */
  static Analyzer forStems() {
    return analyzer(Stage.STEMS);
  }

  /** For a word being typed: as written (folded), to match the words it begins. */
  static Analyzer forPrefixes() {
    return analyzer(Stage.WORDS);
  }

  private enum Stage {
    WORDS,
    STEMS,
    BOTH
  }

  private static Analyzer analyzer(Stage stage) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream words =
            new EnglishPossessiveFilter(
                new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer), false));
        TokenStream out =
            switch (stage) {
              case WORDS -> words;
              case STEMS -> new KStemFilter(words);
              case BOTH ->
                  new RemoveDuplicatesTokenFilter(new KStemFilter(new KeywordRepeatFilter(words)));
            };
        return new TokenStreamComponents(tokenizer, out);
      }
    };
  }
}

package com.outsidein.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * A search as typed, turned into a Lucene query: every part must match. A part is a word, or a
 * "quoted phrase" whose words must follow one another; a word that splits into several (like
 * "e-mail") is a phrase too. Words match by their stems, so "schedules" finds "schedule". The last
 * word of a query that does not end in a space or a quote also matches the words it begins, so
 * results follow the typing.
 */
final class TypedQuery {

  /** How many words a prefix inside a phrase may stand for; beyond it the rarest are dropped. */
  private static final int MAX_PREFIX_WORDS = 300;

  private static final Analyzer STEMS = EnglishAnalysis.forStems();
  private static final Analyzer PREFIXES = EnglishAnalysis.forPrefixes();

  private TypedQuery() {}

  /**
   * The query for what was typed, or null when it holds no word. The reader supplies the words a
   * prefix inside a phrase may stand for.
   */
  static Query parse(String typed, IndexReader reader) {
    if (typed == null) {
      return null;
    }
    List<String> chunks = new ArrayList<>();
    List<Boolean> quoted = new ArrayList<>();
    String[] pieces = typed.split("\"", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i % 2 == 1 && i < pieces.length - 1) {
        chunks.add(pieces[i]);
        quoted.add(true);
      } else {
        for (String chunk : pieces[i].trim().split("\\s+")) {
          chunks.add(chunk);
          quoted.add(false);
        }
      }
    }
    boolean typingLastWord =
        !typed.isEmpty()
            && !Character.isWhitespace(typed.charAt(typed.length() - 1))
            && !typed.endsWith("\"")
            && typed.chars().filter(c -> c == '"').count() % 2 == 0;
    int last = lastWithWords(chunks);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    for (int i = 0; i < chunks.size(); i++) {
      List<Token> stems = tokens(STEMS, chunks.get(i));
      if (stems.isEmpty()) {
        continue;
      }
      boolean prefix = typingLastWord && i == last && !quoted.get(i);
      Query part = prefix ? typing(stems, chunks.get(i), reader) : words(stems);
      all.add(part, Occur.MUST);
      any = true;
    }
    return any ? all.build() : null;
  }

  private static int lastWithWords(List<String> chunks) {
    for (int i = chunks.size() - 1; i >= 0; i--) {
      if (!tokens(STEMS, chunks.get(i)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static Query words(List<Token> stems) {
    if (stems.size() == 1) {
      return new TermQuery(term(stems.get(0).text()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (Token stem : stems) {
      phrase.add(term(stem.text()), stem.position());
    }
    return phrase.build();
  }

  /** Words whose last is still being typed: it matches by its stem or as the start of a word. */
  private static Query typing(List<Token> stems, String chunk, IndexReader reader) {
    List<Token> written = tokens(PREFIXES, chunk);
    String prefix = written.get(written.size() - 1).text();
    Token lastStem = stems.get(stems.size() - 1);
    if (stems.size() == 1) {
      return new BooleanQuery.Builder()
          .add(new TermQuery(term(lastStem.text())), Occur.SHOULD)
          .add(new PrefixQuery(term(prefix)), Occur.SHOULD)
          .build();
    }
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
    for (Token stem : stems.subList(0, stems.size() - 1)) {
      phrase.add(new Term[] {term(stem.text())}, stem.position());
    }
    List<Term> lastWords = wordsBeginning(prefix, reader);
    if (!lastWords.contains(term(lastStem.text()))) {
      lastWords.add(term(lastStem.text()));
    }
    phrase.add(lastWords.toArray(Term[]::new), lastStem.position());
    return phrase.build();
  }

  private static List<Term> wordsBeginning(String prefix, IndexReader reader) {
    record Counted(Term term, int texts) {}
    List<Counted> found = new ArrayList<>();
    BytesRef start = new BytesRef(prefix);
    try {
      Terms terms = MultiTerms.getTerms(reader, EnglishAnalysis.FIELD);
      if (terms != null) {
        TermsEnum each = terms.iterator();
        if (each.seekCeil(start) != TermsEnum.SeekStatus.END) {
          for (BytesRef word = each.term();
              word != null && StringHelper.startsWith(word, start);
              word = each.next()) {
            found.add(
                new Counted(
                    new Term(EnglishAnalysis.FIELD, BytesRef.deepCopyOf(word)), each.docFreq()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(
        found.stream()
            .sorted(Comparator.comparingInt(Counted::texts).reversed())
            .limit(MAX_PREFIX_WORDS)
            .map(Counted::term)
            .toList());
  }

  private static Term term(String text) {
    return new Term(EnglishAnalysis.FIELD, text);
  }

  /** A word of a query and its position among the words of its part. */
  record Token(String text, int position) {}

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(EnglishAnalysis.FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not split the search into words", e);
    }
    return tokens;
  }
}

package com.outsidein.service;

import com.outsidein.domain.TextSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of a person's verbatim words inside an observation's text. The whole text is
 * verbatim when the observation was made from a highlighted passage; otherwise the stretches that
 * repeat its quote (ignoring case, punctuation and spacing), and those that share {@link
 * #SHARED_WORDS} or more consecutive words with the interview's notes or transcript. Everything
 * else is the researcher's own paraphrase.
 */
public final class Verbatim {

  /** How many consecutive words an observation must share with what was said to repeat it. */
  public static final int SHARED_WORDS = 8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Verbatim() {}

  /**
   * The verbatim stretches of {@code text}, in order, never overlapping or touching: two stretches
   * with only spaces or punctuation between them are one.
   */
  public static List<TextSpan> spans(
      String text, String quote, boolean fromPassage, Collection<Said> said) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    if (fromPassage) {
      return List.of(new TextSpan(0, text.length()));
    }
    List<Word> words = words(text);
    List<TextSpan> found = new ArrayList<>();
    List<String> quoted =
        quote == null ? List.of() : words(quote).stream().map(Word::norm).toList();
    if (!quoted.isEmpty()) {
      for (int i = 0; i + quoted.size() <= words.size(); i++) {
        if (startsAt(words, i, quoted)) {
          found.add(span(words, i, quoted.size()));
        }
      }
    }
    for (Said source : said) {
      for (int i = 0; i + SHARED_WORDS <= words.size(); i++) {
        if (source.grams.contains(gram(words, i))) {
          found.add(span(words, i, SHARED_WORDS));
        }
      }
    }
    return merged(text, found);
  }

  /** A text that was said (an interview's notes or transcript), prepared for comparing. */
  public static Said said(String text) {
    Set<Long> grams = new HashSet<>();
    if (text != null) {
      List<Word> words = words(text);
      for (int i = 0; i + SHARED_WORDS <= words.size(); i++) {
        grams.add(gram(words, i));
      }
    }
    return new Said(grams);
  }

  /** The runs of {@link #SHARED_WORDS} words of a text, each as a hash of its words. */
  public static final class Said {
    private final Set<Long> grams;

    private Said(Set<Long> grams) {
      this.grams = grams;
    }
  }

  private record Word(String norm, int start, int end) {}

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return words;
  }

  private static boolean startsAt(List<Word> words, int at, List<String> sequence) {
    for (int j = 0; j < sequence.size(); j++) {
      if (!words.get(at + j).norm().equals(sequence.get(j))) {
        return false;
      }
    }
    return true;
  }

  // A 64-bit hash of the words: two different runs of words sharing one is vanishingly rare,
  // and would only withhold too much, never too little.
  private static long gram(List<Word> words, int at) {
    long hash = 1125899906842597L;
    for (int j = at; j < at + SHARED_WORDS; j++) {
      for (char c : words.get(j).norm().toCharArray()) {
        hash = 31 * hash + c;
      }
      hash = 1_000_003 * hash + ' ';
    }
    return hash;
  }

  private static TextSpan span(List<Word> words, int at, int count) {
    return new TextSpan(words.get(at).start(), words.get(at + count - 1).end());
  }

  private static List<TextSpan> merged(String text, List<TextSpan> spans) {
    List<TextSpan> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(TextSpan::start));
    List<TextSpan> merged = new ArrayList<>();
    for (TextSpan span : sorted) {
      TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null
          && (span.start() <= last.end()
              || !WORD.matcher(text.substring(last.end(), span.start())).find())) {
        merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), span.end())));
      } else {
        merged.add(span);
      }
    }
    return List.copyOf(merged);
  }
}

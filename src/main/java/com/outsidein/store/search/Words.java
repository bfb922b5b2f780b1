package com.outsidein.store.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words the way search compares them: runs of letters and digits, lower case,
 * accents removed, so that "Café" and "cafe" are the same word.
 */
public final class Words {

  /** Receives each word of a text with where it stands. */
  @FunctionalInterface
  public interface Sink {
    void word(String word, int start, int end);
  }

  /** A word and where it stands in its text. */
  public record Word(String text, int start, int end) {}

  private Words() {}

  public static void scan(String text, Sink sink) {
    if (text == null) {
      return;
    }
    int length = text.length();
    int i = 0;
    while (i < length) {
      while (i < length && !isWordChar(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean plain = true;
      while (i < length && isWordChar(text.charAt(i))) {
        char c = text.charAt(i);
        if (c >= 128 || (c >= 'A' && c <= 'Z')) {
          plain = false;
        }
        i++;
      }
      if (i > start) {
        String word = text.substring(start, i);
        sink.word(plain ? word : normalise(word), start, i);
      }
    }
  }

  public static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    scan(text, (word, start, end) -> words.add(new Word(word, start, end)));
    return words;
  }

  static String normalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isAscii(lower)) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}

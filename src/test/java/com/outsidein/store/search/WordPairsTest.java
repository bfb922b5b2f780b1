package com.outsidein.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordPairsTest {

  @Test
  void everyPairOfATextPassesAndMostAbsentPairsDoNot() {
    Random random = new Random(7);
    int passedWithoutPair = 0;
    int absentChecked = 0;
    for (int text = 0; text < 500; text++) {
      int[] words = new int[2 + random.nextInt(400)];
      for (int i = 0; i < words.length; i++) {
        words[i] = random.nextInt(5_000);
      }
      long[] filter = WordPairs.of(words);
      for (int i = 0; i + 1 < words.length; i++) {
        assertThat(WordPairs.mayHold(filter, new int[][] {{words[i]}, {words[i + 1]}})).isTrue();
      }
      int[][] absent = {{5_000 + text}, {words[0]}};
      absentChecked++;
      if (WordPairs.mayHold(filter, absent)) {
        passedWithoutPair++;
      }
    }
    assertThat(passedWithoutPair).isLessThan(absentChecked / 4);
  }

  @Test
  void aTextOfOneWordHoldsNoPair() {
    assertThat(WordPairs.mayHold(WordPairs.of(new int[] {3}), new int[][] {{3}, {3}})).isFalse();
  }

  @Test
  void positionsThatStandForSeveralWordsAreNotFiltered() {
    long[] filter = WordPairs.of(new int[] {1, 2, 3});
    assertThat(WordPairs.mayHold(filter, new int[][] {{2}, {3, 99}})).isTrue();
  }
}

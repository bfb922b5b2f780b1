package com.outsidein.store.search;

/**
 * A small bit set of the word pairs that follow one another in a text (a Bloom filter with one
 * hash). A phrase with a pair the text cannot hold is ruled out without reading the text's words; a
 * pair it may hold is checked for real.
 */
final class WordPairs {

  /** Bits per pair: about one text in eight that lacks a pair still passes the filter. */
  private static final int BITS_PER_PAIR = 8;

  private static final long[] NONE = new long[0];

  private WordPairs() {}

  static long[] of(int[] sequence) {
    if (sequence.length < 2) {
      return NONE;
    }
    int bits = Math.max(64, Integer.highestOneBit((sequence.length - 1) * BITS_PER_PAIR - 1) << 1);
    long[] filter = new long[bits / 64];
    for (int i = 0; i + 1 < sequence.length; i++) {
      int bit = hash(sequence[i], sequence[i + 1]) & (bits - 1);
      filter[bit >>> 6] |= 1L << bit;
    }
    return filter;
  }

  /**
   * Whether the text may hold every pair of the phrase. Positions that stand for several words (a
   * prefix) are not filtered.
   */
  static boolean mayHold(long[] filter, int[][] phrase) {
    if (filter.length == 0) {
      return false;
    }
    int mask = filter.length * 64 - 1;
    for (int w = 0; w + 1 < phrase.length; w++) {
      if (phrase[w].length == 1 && phrase[w + 1].length == 1) {
        int bit = hash(phrase[w][0], phrase[w + 1][0]) & mask;
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static int hash(int first, int second) {
    int h = first * 0x9E3779B1 + second;
    h ^= h >>> 15;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }
}

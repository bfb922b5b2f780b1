package com.outsidein.store.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Words to the texts that hold them, in memory. Each text gets a slot; a removed text's slot stays
 * dead (its postings are swept out once many are dead), and a changed text is removed and added
 * again. Texts are kept as sequences of word numbers, enough to check phrases without the text.
 */
public final class InvertedIndex {

  /** How many words a prefix may stand for; beyond it the rarest expansions are dropped. */
  private static final int MAX_PREFIX_WORDS = 300;

  /** Beyond this many candidate texts, phrases are checked in parallel. */
  private static final int PARALLEL_PHRASE_CHECKS = 2_000;

  private final Map<String, Integer> wordIds = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[][] postings = new int[1024][];
  private int[] postingSizes = new int[1024];
  private int[] lastSlotOfWord = new int[1024];
  private String[] sortedWords;

  private int[][] slotWords = new int[1024][];
  private long[][] slotPairs = new long[1024][];
  private byte[] slotKinds = new byte[1024];
  private long[] slotTargets = new long[1024];
  private final BitSet dead = new BitSet();
  private int slots;
  private int deadSinceSweep;

  /** Adds a text and returns its slot. */
  public int add(int kind, long target, String text) {
    int slot = slots++;
    growSlots(slot);
    int[][] sequence = {new int[32]};
    int[] length = {0};
    Words.scan(
        text,
        (word, start, end) -> {
          int id = wordId(word);
          if (lastSlotOfWord[id] != slot + 1) {
            lastSlotOfWord[id] = slot + 1;
            appendPosting(id, slot);
          }
          if (length[0] == sequence[0].length) {
            sequence[0] = Arrays.copyOf(sequence[0], length[0] * 2);
          }
          sequence[0][length[0]++] = id;
        });
    slotWords[slot] = Arrays.copyOf(sequence[0], length[0]);
    slotPairs[slot] = WordPairs.of(slotWords[slot]);
    slotKinds[slot] = (byte) kind;
    slotTargets[slot] = target;
    return slot;
  }

  public void remove(int slot) {
    if (slot < 0 || slot >= slots || dead.get(slot)) {
      return;
    }
    dead.set(slot);
    slotWords[slot] = null;
    slotPairs[slot] = null;
    deadSinceSweep++;
    if (deadSinceSweep > 10_000 && deadSinceSweep > (slots - dead.cardinality()) / 3) {
      sweep();
    }
  }

  public int kind(int slot) {
    return slotKinds[slot];
  }

  public long target(int slot) {
    return slotTargets[slot];
  }

  public int liveTexts() {
    return slots - dead.cardinality();
  }

  /** The live slots whose text matches every part of the query, in ascending order. */
  public int[] find(Query query) {
    if (query.isEmpty()) {
      return new int[0];
    }
    int[] result = null;
    List<int[][]> phrases = new ArrayList<>();
    for (int p = 0; p < query.parts().size(); p++) {
      List<String> part = query.parts().get(p);
      boolean prefixLast = query.lastIsPrefix() && p == query.parts().size() - 1;
      int[][] allowed = new int[part.size()][];
      for (int w = 0; w < part.size(); w++) {
        boolean prefix = prefixLast && w == part.size() - 1;
        allowed[w] = prefix ? idsBeginning(part.get(w)) : idOf(part.get(w));
        if (allowed[w].length == 0) {
          return new int[0];
        }
        int[] slotsWithWord = union(allowed[w]);
        result = result == null ? slotsWithWord : intersect(result, slotsWithWord);
        if (result.length == 0) {
          return result;
        }
      }
      if (part.size() > 1) {
        phrases.add(allowed);
      }
    }
    if (!phrases.isEmpty() && result.length > PARALLEL_PHRASE_CHECKS) {
      // Checking phrases reads every candidate's words; split that over the cores.
      return IntStream.of(result)
          .parallel()
          .filter(slot -> !dead.get(slot) && containsEveryPhrase(slot, phrases))
          .toArray();
    }
    int kept = 0;
    for (int slot : result) {
      if (!dead.get(slot) && containsEveryPhrase(slot, phrases)) {
        result[kept++] = slot;
      }
    }
    return Arrays.copyOf(result, kept);
  }

  private boolean containsEveryPhrase(int slot, List<int[][]> phrases) {
    for (int[][] phrase : phrases) {
      if (!WordPairs.mayHold(slotPairs[slot], phrase)
          || !containsPhrase(slotWords[slot], phrase, rarestPosition(phrase))) {
        return false;
      }
    }
    return true;
  }

  /** The word of a phrase found in the fewest texts: the cheapest one to look for first. */
  private int rarestPosition(int[][] phrase) {
    int rarest = 0;
    long fewest = Long.MAX_VALUE;
    for (int w = 0; w < phrase.length; w++) {
      long texts = 0;
      for (int id : phrase[w]) {
        texts += postingSizes[id];
      }
      if (texts < fewest) {
        fewest = texts;
        rarest = w;
      }
    }
    return rarest;
  }

  private static boolean containsPhrase(int[] sequence, int[][] phrase, int anchor) {
    int[] anchorIds = phrase[anchor];
    int single = anchorIds.length == 1 ? anchorIds[0] : -1;
    int last = sequence.length - phrase.length + anchor;
    for (int at = anchor; at <= last; at++) {
      int id = sequence[at];
      if (single >= 0 ? id != single : !contains(anchorIds, id)) {
        continue;
      }
      if (restMatches(sequence, phrase, anchor, at - anchor)) {
        return true;
      }
    }
    return false;
  }

  private static boolean restMatches(int[] sequence, int[][] phrase, int anchor, int start) {
    for (int w = 0; w < phrase.length; w++) {
      if (w != anchor && !contains(phrase[w], sequence[start + w])) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(int[] ids, int id) {
    for (int candidate : ids) {
      if (candidate == id) {
        return true;
      }
    }
    return false;
  }

  private int[] idOf(String word) {
    Integer id = wordIds.get(word);
    return id == null ? new int[0] : new int[] {id};
  }

  private int[] idsBeginning(String prefix) {
    if (sortedWords == null) {
      sortedWords = words.toArray(String[]::new);
      Arrays.sort(sortedWords);
    }
    int from = Arrays.binarySearch(sortedWords, prefix);
    if (from < 0) {
      from = -from - 1;
    }
    List<Integer> ids = new ArrayList<>();
    for (int i = from; i < sortedWords.length && sortedWords[i].startsWith(prefix); i++) {
      ids.add(wordIds.get(sortedWords[i]));
    }
    if (ids.size() > MAX_PREFIX_WORDS) {
      ids.sort((a, b) -> Integer.compare(postingSizes[b], postingSizes[a]));
      ids = ids.subList(0, MAX_PREFIX_WORDS);
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  private int[] union(int[] ids) {
    if (ids.length == 1) {
      return Arrays.copyOf(postings[ids[0]], postingSizes[ids[0]]);
    }
    BitSet all = new BitSet(slots);
    for (int id : ids) {
      for (int i = 0; i < postingSizes[id]; i++) {
        all.set(postings[id][i]);
      }
    }
    return all.stream().toArray();
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[n++] = a[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private int wordId(String word) {
    Integer known = wordIds.get(word);
    if (known != null) {
      return known;
    }
    int id = words.size();
    words.add(word);
    wordIds.put(word, id);
    sortedWords = null;
    if (id == postings.length) {
      int size = id * 2;
      postings = Arrays.copyOf(postings, size);
      postingSizes = Arrays.copyOf(postingSizes, size);
      lastSlotOfWord = Arrays.copyOf(lastSlotOfWord, size);
    }
    postings[id] = new int[2];
    return id;
  }

  private void appendPosting(int id, int slot) {
    if (postingSizes[id] == postings[id].length) {
      postings[id] = Arrays.copyOf(postings[id], postings[id].length * 2);
    }
    postings[id][postingSizes[id]++] = slot;
  }

  private void growSlots(int slot) {
    if (slot == slotWords.length) {
      int size = slot * 2;
      slotWords = Arrays.copyOf(slotWords, size);
      slotPairs = Arrays.copyOf(slotPairs, size);
      slotKinds = Arrays.copyOf(slotKinds, size);
      slotTargets = Arrays.copyOf(slotTargets, size);
    }
  }

  /** Drops dead slots from every posting list. */
  private void sweep() {
    for (int id = 0; id < words.size(); id++) {
      int kept = 0;
      for (int i = 0; i < postingSizes[id]; i++) {
        int slot = postings[id][i];
        if (!dead.get(slot)) {
          postings[id][kept++] = slot;
        }
      }
      postingSizes[id] = kept;
      postings[id] = Arrays.copyOf(postings[id], Math.max(kept, 1));
    }
    deadSinceSweep = 0;
  }
}

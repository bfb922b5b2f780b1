package com.outsidein.domain;

import java.util.List;
import java.util.Map;

/**
 * What a search found: how many places of each kind matched, and the first of them with context.
 *
 * @param counts every match, by kind (kinds without a match are left out)
 * @param hits the first page of hits, grouped by kind in {@link SearchKind} order
 */
public record SearchResults(String query, Map<SearchKind, Integer> counts, List<SearchHit> hits) {

  public SearchResults {
    counts = Map.copyOf(counts);
    hits = List.copyOf(hits);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public static SearchResults none(String query) {
    return new SearchResults(query, Map.of(), List.of());
  }
}

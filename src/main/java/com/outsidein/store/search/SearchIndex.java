package com.outsidein.store.search;

import com.outsidein.domain.SearchHit;
import com.outsidein.domain.SearchKind;
import com.outsidein.domain.SearchResults;
import com.outsidein.store.SearchTexts;
import com.outsidein.store.SearchTexts.InsightText;
import com.outsidein.store.SearchTexts.InterviewText;
import com.outsidein.store.SearchTexts.ObservationText;
import com.outsidein.store.Tx;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The workspace's search index, held in memory only (so an encrypted workspace's words never reach
 * the disk in the clear) and brought up to date from the workspace on demand: a source that may
 * have changed is compared, row by row, with when each row last changed, and only changed rows are
 * indexed again. Not thread-safe: its owner serialises calls.
 */
public final class SearchIndex {

  /** The tables texts come from. */
  public enum Source {
    OBSERVATIONS,
    INTERVIEWS,
    INSIGHTS
  }

  /** A row as indexed: when it last changed and the slots of its texts. */
  private record Indexed(long stamp, int[] slots) {}

  private static final SearchKind[] KINDS = SearchKind.values();

  private final InvertedIndex index = new InvertedIndex();
  private final Map<Source, Map<Long, Indexed>> indexed = new EnumMap<>(Source.class);

  public SearchIndex() {
    for (Source source : Source.values()) {
      indexed.put(source, new HashMap<>());
    }
  }

  public int liveTexts() {
    return index.liveTexts();
  }

  /** Brings the given sources up to date with the workspace. */
  public void refresh(Tx tx, Set<Source> sources) {
    SearchTexts texts = tx.searchTexts();
    for (Source source : sources) {
      switch (source) {
        case OBSERVATIONS ->
            refresh(source, texts.observationStamps(), texts::observations, this::add);
        case INTERVIEWS -> refresh(source, texts.interviewStamps(), texts::interviews, this::add);
        case INSIGHTS -> refresh(source, texts.insightStamps(), texts::insights, this::add);
      }
    }
  }

  /** Reads rows of a source: the given ids, or all rows when ids is null. */
  @FunctionalInterface
  private interface Reader<T> {
    void read(List<Long> ids, SearchTexts.Each<T> each);
  }

  private <T> void refresh(
      Source source, Map<Long, Long> stamps, Reader<T> reader, Function<T, int[]> add) {
    Map<Long, Indexed> rows = indexed.get(source);
    rows.entrySet()
        .removeIf(
            row -> {
              Long stamp = stamps.get(row.getKey());
              boolean stale = stamp == null || stamp != row.getValue().stamp();
              if (stale) {
                for (int slot : row.getValue().slots()) {
                  index.remove(slot);
                }
              }
              return stale;
            });
    List<Long> missing = new ArrayList<>();
    stamps
        .keySet()
        .forEach(
            id -> {
              if (!rows.containsKey(id)) {
                missing.add(id);
              }
            });
    if (missing.isEmpty()) {
      return;
    }
    boolean everything = rows.isEmpty();
    reader.read(
        everything ? null : missing,
        text -> {
          int[] slots = add.apply(text);
          long id = idOf(text);
          Long stamp = stamps.get(id);
          if (stamp != null) {
            rows.put(id, new Indexed(stamp, slots));
          } else {
            for (int slot : slots) {
              index.remove(slot);
            }
          }
        });
  }

  private static long idOf(Object text) {
    if (text instanceof ObservationText o) {
      return o.id();
    } else if (text instanceof InterviewText i) {
      return i.id();
    }
    return ((InsightText) text).id();
  }

  private int[] add(ObservationText o) {
    int text = index.add(SearchKind.OBSERVATION.ordinal(), o.id(), o.text());
    if (o.quote() == null || o.quote().isBlank()) {
      return new int[] {text};
    }
    return new int[] {text, index.add(SearchKind.QUOTE.ordinal(), o.id(), o.quote())};
  }

  private int[] add(InterviewText i) {
    return new int[] {
      index.add(SearchKind.NOTES.ordinal(), i.id(), i.notes()),
      index.add(SearchKind.TRANSCRIPT.ordinal(), i.id(), i.transcript())
    };
  }

  private int[] add(InsightText i) {
    return new int[] {
      index.add(SearchKind.INSIGHT.ordinal(), i.id(), i.title() + "\n" + i.statement())
    };
  }

  /**
   * Counts every match of the typed query and returns the newest {@code perKind} of each kind with
   * their words in context, read from the workspace.
   */
  public SearchResults search(Tx tx, String typed, int perKind) {
    Query query = Query.parse(typed);
    if (query.isEmpty()) {
      return SearchResults.none(typed);
    }
    int[] slots = index.find(query);
    int[] perKindCount = new int[KINDS.length];
    Map<SearchKind, List<Long>> firstPage = new EnumMap<>(SearchKind.class);
    for (int i = slots.length - 1; i >= 0; i--) {
      int kind = index.kind(slots[i]);
      if (perKindCount[kind]++ < perKind) {
        firstPage.computeIfAbsent(KINDS[kind], k -> new ArrayList<>()).add(index.target(slots[i]));
      }
    }
    Map<SearchKind, Integer> counts = new EnumMap<>(SearchKind.class);
    for (SearchKind kind : KINDS) {
      if (perKindCount[kind.ordinal()] > 0) {
        counts.put(kind, perKindCount[kind.ordinal()]);
      }
    }
    return new SearchResults(typed, counts, hits(tx.searchTexts(), firstPage, query));
  }

  private static List<SearchHit> hits(
      SearchTexts texts, Map<SearchKind, List<Long>> firstPage, Query query) {
    Map<SearchKind, Map<Long, SearchHit>> found = new EnumMap<>(SearchKind.class);
    List<Long> observations = union(firstPage, SearchKind.OBSERVATION, SearchKind.QUOTE);
    if (!observations.isEmpty()) {
      texts.observations(
          observations,
          o -> {
            String title = observationTitle(o);
            put(found, SearchKind.OBSERVATION, o.id(), o.interviewId(), title, o.text(), query);
            put(found, SearchKind.QUOTE, o.id(), o.interviewId(), title, o.quote(), query);
          });
    }
    List<Long> interviews = union(firstPage, SearchKind.NOTES, SearchKind.TRANSCRIPT);
    if (!interviews.isEmpty()) {
      texts.interviews(
          interviews,
          i -> {
            put(found, SearchKind.NOTES, i.id(), i.id(), i.title(), i.notes(), query);
            put(found, SearchKind.TRANSCRIPT, i.id(), i.id(), i.title(), i.transcript(), query);
          });
    }
    List<Long> insights = firstPage.getOrDefault(SearchKind.INSIGHT, List.of());
    if (!insights.isEmpty()) {
      texts.insights(
          insights,
          i ->
              put(
                  found,
                  SearchKind.INSIGHT,
                  i.id(),
                  null,
                  i.title(),
                  i.title() + "\n" + i.statement(),
                  query));
    }
    List<SearchHit> hits = new ArrayList<>();
    firstPage.forEach(
        (kind, ids) -> {
          Map<Long, SearchHit> byId = found.getOrDefault(kind, Map.of());
          ids.stream().map(byId::get).filter(hit -> hit != null).forEach(hits::add);
        });
    return hits;
  }

  private static String observationTitle(ObservationText o) {
    String speaker = o.speaker() == null ? "" : o.speaker();
    String interview = o.interview() == null ? "" : o.interview();
    if (speaker.isEmpty() || interview.isEmpty()) {
      return speaker + interview;
    }
    return speaker + " · " + interview;
  }

  private static void put(
      Map<SearchKind, Map<Long, SearchHit>> found,
      SearchKind kind,
      long id,
      Long interviewId,
      String title,
      String text,
      Query query) {
    if (text == null) {
      return;
    }
    Snippet snippet = Snippet.of(text, query);
    if (snippet != null) {
      found
          .computeIfAbsent(kind, k -> new LinkedHashMap<>())
          .put(
              id,
              new SearchHit(
                  kind, id, interviewId, title, snippet.text(), snippet.marks(), snippet.match()));
    }
  }

  private static List<Long> union(Map<SearchKind, List<Long>> page, SearchKind a, SearchKind b) {
    List<Long> ids = new ArrayList<>(page.getOrDefault(a, List.of()));
    page.getOrDefault(b, List.of()).stream().filter(id -> !ids.contains(id)).forEach(ids::add);
    return ids;
  }
}

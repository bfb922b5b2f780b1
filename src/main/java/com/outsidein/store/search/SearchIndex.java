package com.outsidein.store.search;

import com.outsidein.domain.SearchHit;
import com.outsidein.domain.SearchKind;
import com.outsidein.domain.SearchResults;
import com.outsidein.store.SearchTexts;
import com.outsidein.store.SearchTexts.InsightText;
import com.outsidein.store.SearchTexts.InterviewText;
import com.outsidein.store.SearchTexts.ObservationText;
import com.outsidein.store.Tx;
import com.outsidein.store.search.TextIndex.Found;
import com.outsidein.store.search.TextIndex.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.apache.lucene.search.Query;

/**
 * The workspace's search index, held in memory only (so an encrypted workspace's words never reach
 * the disk in the clear) and brought up to date from the workspace on demand: a source that may
 * have changed is compared, row by row, with when each row last changed, and only changed rows are
 * indexed again. Searches rank by relevance, the most recently changed first among equals. Not
 * thread-safe: its owner serialises calls.
 */
public final class SearchIndex {

  /** The tables texts come from. */
  public enum Source {
    OBSERVATIONS,
    INTERVIEWS,
    INSIGHTS
  }

  private static final SearchKind[] KINDS = SearchKind.values();

  private final TextIndex index = new TextIndex();
  private final Snippets snippets = new Snippets();

  /** When each indexed row last changed, by source and id. */
  private final Map<Source, Map<Long, Long>> indexed = new EnumMap<>(Source.class);

  public SearchIndex() {
    for (Source source : Source.values()) {
      indexed.put(source, new HashMap<>());
    }
  }

  /** How many texts are indexed. */
  public int liveTexts() {
    return index.texts();
  }

  /** Brings the given sources up to date with the workspace. */
  public void refresh(Tx tx, Set<Source> sources) {
    SearchTexts texts = tx.searchTexts();
    for (Source source : sources) {
      switch (source) {
        case OBSERVATIONS ->
            refresh(
                source,
                texts.observationStamps(),
                texts::observations,
                ObservationText::id,
                SearchIndex::texts);
        case INTERVIEWS ->
            refresh(
                source,
                texts.interviewStamps(),
                texts::interviews,
                InterviewText::id,
                SearchIndex::texts);
        case INSIGHTS ->
            refresh(
                source,
                texts.insightStamps(),
                texts::insights,
                InsightText::id,
                SearchIndex::texts);
      }
    }
    index.publish();
  }

  /** Reads rows of a source: the given ids, or all rows when ids is null. */
  @FunctionalInterface
  private interface Reader<T> {
    void read(List<Long> ids, SearchTexts.Each<T> each);
  }

  private <T> void refresh(
      Source source,
      Map<Long, Long> stamps,
      Reader<T> reader,
      ToLongFunction<T> idOf,
      BiFunction<T, Long, List<Text>> textsOf) {
    Map<Long, Long> rows = indexed.get(source);
    boolean everything = rows.isEmpty();
    rows.entrySet()
        .removeIf(
            row -> {
              if (stamps.containsKey(row.getKey())) {
                return false;
              }
              index.remove(key(source, row.getKey()));
              return true;
            });
    List<Long> changed = new ArrayList<>();
    stamps.forEach(
        (id, stamp) -> {
          if (!stamp.equals(rows.get(id))) {
            changed.add(id);
          }
        });
    if (changed.isEmpty()) {
      return;
    }
    reader.read(
        everything ? null : changed,
        row -> {
          long id = idOf.applyAsLong(row);
          Long stamp = stamps.get(id);
          if (stamp == null) {
            return;
          }
          List<Text> texts = textsOf.apply(row, stamp);
          if (everything) {
            index.add(key(source, id), texts);
          } else if (texts.isEmpty()) {
            index.remove(key(source, id));
          } else {
            index.put(key(source, id), texts);
          }
          rows.put(id, stamp);
        });
  }

  private static String key(Source source, long id) {
    return source.name() + ":" + id;
  }

  private static List<Text> texts(ObservationText o, long stamp) {
    List<Text> texts = new ArrayList<>(2);
    addIfAny(texts, SearchKind.OBSERVATION, o.id(), stamp, o.text());
    addIfAny(texts, SearchKind.QUOTE, o.id(), stamp, o.quote());
    return texts;
  }

  private static List<Text> texts(InterviewText i, long stamp) {
    List<Text> texts = new ArrayList<>(2);
    addIfAny(texts, SearchKind.NOTES, i.id(), stamp, i.notes());
    addIfAny(texts, SearchKind.TRANSCRIPT, i.id(), stamp, i.transcript());
    return texts;
  }

  private static List<Text> texts(InsightText i, long stamp) {
    List<Text> texts = new ArrayList<>(1);
    addIfAny(texts, SearchKind.INSIGHT, i.id(), stamp, insightText(i));
    return texts;
  }

  private static String insightText(InsightText i) {
    return i.title() + "\n" + (i.statement() == null ? "" : i.statement());
  }

  private static void addIfAny(
      List<Text> texts, SearchKind kind, long id, long stamp, String text) {
    if (text != null && !text.isBlank()) {
      texts.add(new Text(kind, id, stamp, text));
    }
  }

  /**
   * Counts every match of the typed query and returns the best {@code perKind} of each kind with
   * their words in context, read from the workspace.
   */
  public SearchResults search(Tx tx, String typed, int perKind) {
    Query query = index.parse(typed);
    if (query == null) {
      return SearchResults.none(typed);
    }
    Map<SearchKind, Integer> counts = new EnumMap<>(SearchKind.class);
    Map<SearchKind, List<Long>> firstPage = new EnumMap<>(SearchKind.class);
    for (SearchKind kind : KINDS) {
      Found found = index.find(query, kind, perKind);
      if (found.count() > 0) {
        counts.put(kind, found.count());
      }
      if (!found.targets().isEmpty()) {
        firstPage.put(kind, found.targets());
      }
    }
    return new SearchResults(typed, counts, hits(tx.searchTexts(), firstPage, query));
  }

  private List<SearchHit> hits(
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
          i -> put(found, SearchKind.INSIGHT, i.id(), null, i.title(), insightText(i), query));
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

  private void put(
      Map<SearchKind, Map<Long, SearchHit>> found,
      SearchKind kind,
      long id,
      Long interviewId,
      String title,
      String text,
      Query query) {
    Snippet snippet = snippets.of(text, query);
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

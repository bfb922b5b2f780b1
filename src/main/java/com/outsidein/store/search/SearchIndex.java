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
import com.outsidein.store.search.TextIndex.Hit;
import com.outsidein.store.search.TextIndex.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import org.apache.lucene.search.IndexSearcher;
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

  /** When each indexed row last changed, by source and id. */
  private final Map<Source, Map<Long, Long>> indexed = new EnumMap<>(Source.class);

  public SearchIndex() {
    for (Source source : Source.values()) {
      indexed.put(source, new HashMap<>());
    }
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
    IndexSearcher searcher = index.searcher();
    Query query = TypedQuery.parse(typed, searcher.getIndexReader());
    if (query == null) {
      return SearchResults.none(typed);
    }
    Map<SearchKind, Integer> counts = new EnumMap<>(SearchKind.class);
    Map<SearchKind, List<Hit>> firstPage = new EnumMap<>(SearchKind.class);
    for (SearchKind kind : KINDS) {
      Found found = TextIndex.find(searcher, query, kind, perKind);
      if (found.count() > 0) {
        counts.put(kind, found.count());
      }
      if (!found.hits().isEmpty()) {
        firstPage.put(kind, found.hits());
      }
    }
    return new SearchResults(typed, counts, hits(tx.searchTexts(), firstPage, searcher, query));
  }

  /** Where a hit is: its text and what to call it. */
  private record Place(long id, Long interviewId, String title, String text) {}

  private static List<SearchHit> hits(
      SearchTexts texts,
      Map<SearchKind, List<Hit>> firstPage,
      IndexSearcher searcher,
      Query query) {
    Map<SearchKind, Map<Long, Integer>> docs = new EnumMap<>(SearchKind.class);
    firstPage.forEach(
        (kind, hits) -> {
          Map<Long, Integer> byTarget = new HashMap<>();
          hits.forEach(hit -> byTarget.put(hit.target(), hit.doc()));
          docs.put(kind, byTarget);
        });
    Map<Integer, Place> places = new HashMap<>();
    Placer place =
        (kind, id, interviewId, title, text) -> {
          Integer doc = docs.getOrDefault(kind, Map.of()).get(id);
          if (doc != null && text != null) {
            places.put(doc, new Place(id, interviewId, title, text));
          }
        };
    List<Long> observations = targets(firstPage, SearchKind.OBSERVATION, SearchKind.QUOTE);
    if (!observations.isEmpty()) {
      texts.observations(
          observations,
          o -> {
            String title = observationTitle(o);
            place.at(SearchKind.OBSERVATION, o.id(), o.interviewId(), title, o.text());
            place.at(SearchKind.QUOTE, o.id(), o.interviewId(), title, o.quote());
          });
    }
    List<Long> interviews = targets(firstPage, SearchKind.NOTES, SearchKind.TRANSCRIPT);
    if (!interviews.isEmpty()) {
      texts.interviews(
          interviews,
          i -> {
            place.at(SearchKind.NOTES, i.id(), i.id(), i.title(), i.notes());
            place.at(SearchKind.TRANSCRIPT, i.id(), i.id(), i.title(), i.transcript());
          });
    }
    List<Long> insights = targets(firstPage, SearchKind.INSIGHT, SearchKind.INSIGHT);
    if (!insights.isEmpty()) {
      texts.insights(
          insights, i -> place.at(SearchKind.INSIGHT, i.id(), null, i.title(), insightText(i)));
    }
    Map<Integer, String> textsByDoc = new HashMap<>();
    places.forEach((doc, at) -> textsByDoc.put(doc, at.text()));
    Map<Integer, Snippet> snippets = Snippets.cut(searcher, query, textsByDoc);
    List<SearchHit> hits = new ArrayList<>();
    firstPage.forEach(
        (kind, page) -> {
          for (Hit hit : page) {
            Place at = places.get(hit.doc());
            Snippet snippet = snippets.get(hit.doc());
            if (at != null && snippet != null) {
              hits.add(
                  new SearchHit(
                      kind,
                      at.id(),
                      at.interviewId(),
                      at.title(),
                      snippet.text(),
                      snippet.marks(),
                      snippet.match()));
            }
          }
        });
    return hits;
  }

  /** Notes where a hit's text is. */
  @FunctionalInterface
  private interface Placer {
    void at(SearchKind kind, long id, Long interviewId, String title, String text);
  }

  private static String observationTitle(ObservationText o) {
    String speaker = o.speaker() == null ? "" : o.speaker();
    String interview = o.interview() == null ? "" : o.interview();
    if (speaker.isEmpty() || interview.isEmpty()) {
      return speaker + interview;
    }
    return speaker + " · " + interview;
  }

  /** The rows that hold the hits of two kinds, each once. */
  private static List<Long> targets(Map<SearchKind, List<Hit>> page, SearchKind a, SearchKind b) {
    Set<Long> ids = new LinkedHashSet<>();
    page.getOrDefault(a, List.of()).forEach(hit -> ids.add(hit.target()));
    page.getOrDefault(b, List.of()).forEach(hit -> ids.add(hit.target()));
    return new ArrayList<>(ids);
  }
}

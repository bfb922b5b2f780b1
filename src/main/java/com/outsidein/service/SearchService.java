package com.outsidein.service;

import com.outsidein.domain.SearchHit;
import com.outsidein.domain.SearchKind;
import com.outsidein.domain.SearchResults;
import com.outsidein.service.WorkspaceEvents.Topic;
import com.outsidein.store.Tx;
import com.outsidein.store.Workspace;
import com.outsidein.store.search.SearchIndex;
import com.outsidein.store.search.SearchIndex.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds words in notes, transcripts, observations, quotes and insights. The index lives in memory,
 * is built from the workspace on first use (or by {@link #prepare} in the background at open), and
 * every change the workspace reports marks what it touched, so the next search sees it.
 */
public final class SearchService {

  /** How many hits of each kind a search returns with context, unless asked otherwise. */
  public static final int FIRST_PAGE = 10;

  private final Workspace workspace;
  private final SearchIndex index = new SearchIndex();

  /** Sources changed since the index last looked; guarded by itself, never by the index's lock. */
  private final Set<Source> stale = EnumSet.allOf(Source.class);

  SearchService(Workspace workspace, WorkspaceEvents events) {
    this.workspace = workspace;
    events.subscribe(this::changed);
  }

  /** Runs on the thread that wrote; it must never wait for a search or a build in progress. */
  private void changed(Topic topic) {
    synchronized (stale) {
      markStale(topic);
    }
  }

  private void markStale(Topic topic) {
    switch (topic) {
      case OBSERVATIONS -> stale.add(Source.OBSERVATIONS);
      case INTERVIEWS -> stale.addAll(Set.of(Source.INTERVIEWS, Source.OBSERVATIONS));
      case INSIGHTS -> stale.add(Source.INSIGHTS);
      // Deleting a study removes its interviews; forgetting a person rewrites text anywhere.
      case STUDIES, PEOPLE -> stale.addAll(EnumSet.allOf(Source.class));
      default -> {
        // Codes, canvases, lists and team members hold no searchable text.
      }
    }
  }

  /** Builds or updates the index now, so that the next search answers at once. */
  public synchronized void prepare() {
    Set<Source> sources = EnumSet.noneOf(Source.class);
    synchronized (stale) {
      sources.addAll(stale);
      stale.clear();
    }
    if (!sources.isEmpty()) {
      try {
        workspace.read(
            tx -> {
              index.refresh(tx, sources);
              return null;
            });
      } catch (RuntimeException e) {
        synchronized (stale) {
          stale.addAll(sources);
        }
        throw e;
      }
    }
  }

  public SearchResults search(String query) {
    return search(query, FIRST_PAGE);
  }

  /** Every match of the query, counted by kind, with the best {@code perKind} of each shown. */
  public synchronized SearchResults search(String query, int perKind) {
    prepare();
    return workspace.read(tx -> marked(tx, index.search(tx, query, perKind)));
  }

  /** The results with each observation marked whose speaker's verbatim words exports withhold. */
  private static SearchResults marked(Tx tx, SearchResults results) {
    SpokenWords spoken = new SpokenWords(tx);
    List<SearchHit> hits = new ArrayList<>(results.hits().size());
    for (SearchHit hit : results.hits()) {
      boolean withheld =
          (hit.kind() == SearchKind.OBSERVATION || hit.kind() == SearchKind.QUOTE)
              && tx.observations().byId(hit.targetId()).map(spoken::withholds).orElse(false);
      hits.add(withheld ? hit.withWordsWithheld() : hit);
    }
    return new SearchResults(results.query(), results.counts(), hits);
  }
}

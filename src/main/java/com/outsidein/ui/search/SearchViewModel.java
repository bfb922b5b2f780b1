package com.outsidein.ui.search;

import com.outsidein.domain.InterviewField;
import com.outsidein.domain.SearchHit;
import com.outsidein.domain.SearchKind;
import com.outsidein.domain.SearchResults;
import com.outsidein.service.SearchService;
import com.outsidein.ui.Messages;
import com.outsidein.ui.Navigator;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The search box: searches in the background a moment after typing stops, shows the latest answer
 * only, and opens a hit at its place.
 */
public final class SearchViewModel {

  /** A line of the results: a kind's heading with its count, or a hit. */
  public sealed interface Line permits Heading, Hit {}

  public record Heading(SearchKind kind, int count) implements Line {}

  public record Hit(SearchHit hit) implements Line {}

  private static final Duration TYPING_PAUSE = Duration.millis(150);

  private final TaskExecutor tasks;
  private final Supplier<SearchService> search;
  private final Navigator navigator;
  private final StringProperty query = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);
  private long generation;
  private String shownQuery = "";
  private boolean openFirstWhenShown;
  private Runnable onOpened = () -> {};

  /**
   * @param search the open workspace's search, or null while none is open
   */
  public SearchViewModel(TaskExecutor tasks, Supplier<SearchService> search, Navigator navigator) {
    this.tasks = tasks;
    this.search = search;
    this.navigator = navigator;
    pause.setOnFinished(e -> searchNow());
    query.addListener(
        (obs, old, typed) -> {
          openFirstWhenShown = false;
          pause.playFromStart();
        });
  }

  /** Runs after a hit was opened (the search window closes). */
  public void setOnOpened(Runnable onOpened) {
    this.onOpened = onOpened;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  /** Searches for what is typed now, without waiting for the typing pause. */
  public void searchNow() {
    pause.stop();
    long mine = ++generation;
    String typed = query.get();
    SearchService current = search.get();
    if (current == null || typed == null || typed.isBlank()) {
      lines.clear();
      shownQuery = typed;
      openFirstWhenShown = false;
      status.set(Messages.get(current == null ? "search.noWorkspace" : "search.hint"));
      return;
    }
    status.set(Messages.get("search.searching"));
    BackgroundTask.wrap(() -> current.search(typed))
        .onSuccess(
            results -> {
              if (mine == generation) {
                show(typed, results);
              }
            })
        .onFailure(
            failure -> {
              if (mine == generation) {
                openFirstWhenShown = false;
                lines.clear();
                status.set(Messages.get("search.failed"));
              }
            })
        .readWith(tasks);
  }

  /**
   * Opens the first hit of what is typed now: at once when it is shown, else as soon as the search
   * for it answers (Enter typed before the typing pause ends still opens the right hit).
   */
  public void openFirstHit() {
    if (!pause.getStatus().equals(javafx.animation.Animation.Status.RUNNING)
        && shownQuery.equals(query.get())) {
      Hit first = firstHit();
      if (first != null) {
        open(first.hit());
      }
      return;
    }
    openFirstWhenShown = true;
    searchNow();
  }

  private void show(String typed, SearchResults results) {
    shownQuery = typed;
    List<Line> shown = new ArrayList<>();
    SearchKind kind = null;
    for (SearchHit hit : results.hits()) {
      if (hit.kind() != kind) {
        kind = hit.kind();
        shown.add(new Heading(kind, results.counts().get(kind)));
      }
      shown.add(new Hit(hit));
    }
    lines.setAll(shown);
    status.set(
        results.total() == 0
            ? Messages.get("search.none", results.query().trim())
            : Messages.get("search.found", results.total()));
    if (openFirstWhenShown) {
      openFirstWhenShown = false;
      Hit first = firstHit();
      if (first != null) {
        open(first.hit());
      }
    }
  }

  /** The first hit shown, if any. */
  public Hit firstHit() {
    return lines.stream()
        .filter(Hit.class::isInstance)
        .map(Hit.class::cast)
        .findFirst()
        .orElse(null);
  }

  /** Opens the place of a hit: the passage, the observation in its interview, the insight. */
  public void open(SearchHit hit) {
    switch (hit.kind()) {
      case NOTES -> navigator.openPassage(hit.targetId(), InterviewField.NOTES, hit.match());
      case TRANSCRIPT ->
          navigator.openPassage(hit.targetId(), InterviewField.TRANSCRIPT, hit.match());
      case OBSERVATION, QUOTE -> navigator.openObservation(hit.targetId(), hit.interviewId());
      case INSIGHT -> navigator.openInsight(hit.targetId());
    }
    onOpened.run();
  }
}

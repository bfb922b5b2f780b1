package com.outsidein.ui.screens;

import com.outsidein.domain.ObservationFilter;
import com.outsidein.domain.ObservationRow;
import com.outsidein.service.ObservationService;
import com.outsidein.ui.Messages;
import com.outsidein.ui.task.BackgroundTask;
import com.outsidein.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the observation table shows for one filter, newest first, at most {@link #PAGE_SIZE}. A
 * new filter shows its first {@link #FIRST_ROWS} rows as soon as they are read, and the rest of the
 * page after; a change to some observations reads only those again (and the count, when the page
 * does not hold every match). One read at a time: changes that arrive meanwhile are read together
 * once it answers.
 */
final class ObservationRows {

  /** How many rows the table holds at once; the count line says when there are more. */
  static final int PAGE_SIZE = 1000;

  /** How many rows a new filter shows first, before the rest of the page is read. */
  static final int FIRST_ROWS = 60;

  private record Page(List<ObservationRow> rows, Integer total) {}

  private record Patch(List<ObservationRow> rows, Integer total) {}

  private final ObservationService observations;
  private final TaskExecutor tasks;
  private final ObservableList<ObservationRow> items = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
  private ObservationFilter filter;
  private int total;
  private long generation;
  private boolean reading;
  private boolean replacing;
  private boolean reloadWanted;
  private final Set<Long> changedMeanwhile = new LinkedHashSet<>();

  ObservationRows(ObservationService observations, TaskExecutor tasks) {
    this.observations = observations;
    this.tasks = tasks;
  }

  ObservableList<ObservationRow> items() {
    return items;
  }

  /** True while the rows of the filter shown are being read anew. */
  ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  ReadOnlyStringProperty countTextProperty() {
    return countText.getReadOnlyProperty();
  }

  /** True while the items are replaced by what was read (selection changes then are not ours). */
  boolean isReplacing() {
    return replacing;
  }

  /** Shows the rows matching a filter: the first few at once, the rest of the page after. */
  void show(ObservationFilter wanted) {
    boolean sameFilter = wanted.equals(filter) && !items.isEmpty();
    filter = wanted;
    long mine = start();
    if (sameFilter) {
      // The same rows again: read the page in one go, so the table does not shrink meanwhile.
      read(mine, () -> page(wanted, 0, PAGE_SIZE), this::replaceAll);
      return;
    }
    read(
        mine,
        () -> page(wanted, 0, FIRST_ROWS),
        first -> {
          replaceAll(first);
          if (first.total() == null) {
            read(mine, () -> page(wanted, FIRST_ROWS, PAGE_SIZE - FIRST_ROWS), this::append);
          }
        });
  }

  /** Reads the rows of the filter shown anew (any of them may have changed). */
  void reload() {
    if (filter == null) {
      return;
    }
    if (reading) {
      reloadWanted = true;
      return;
    }
    show(filter);
  }

  /** Reads again only the observations with these ids: shown, added, changed or gone. */
  void changed(Collection<Long> ids) {
    if (filter == null) {
      return;
    }
    if (reading) {
      changedMeanwhile.addAll(ids);
      return;
    }
    long mine = generation;
    ObservationFilter current = filter;
    Set<Long> changedIds = Set.copyOf(ids);
    boolean countAgain = total > items.size() || items.size() >= PAGE_SIZE;
    reading = true;
    read(
        mine,
        () ->
            new Patch(
                observations.rowsAmong(current, changedIds),
                countAgain ? observations.count(current) : null),
        patch -> patch(changedIds, patch));
  }

  private long start() {
    long mine = ++generation;
    reading = true;
    reloadWanted = false;
    changedMeanwhile.clear();
    loading.set(true);
    return mine;
  }

  /** A page of rows; its total only when the page holds every match (else the count is read). */
  private Page page(ObservationFilter wanted, int offset, int limit) {
    List<ObservationRow> rows = observations.rows(wanted, offset, limit);
    if (rows.size() < limit) {
      return new Page(rows, offset + rows.size());
    }
    if (offset + limit >= PAGE_SIZE) {
      return new Page(rows, observations.count(wanted));
    }
    return new Page(rows, null);
  }

  private <T> void read(long mine, Callable<T> work, Consumer<T> done) {
    BackgroundTask.wrap(work)
        .onSuccess(
            result -> {
              if (mine == generation) {
                done.accept(result);
              }
            })
        .onFailure(
            failure -> {
              if (mine == generation) {
                reading = false;
                loading.set(false);
              }
              tasks.reportUnhandled(failure);
            })
        .readWith(tasks);
  }

  private void replaceAll(Page page) {
    replace(() -> items.setAll(page.rows()));
    loading.set(false);
    if (page.total() != null) {
      total = page.total();
      finished();
    }
  }

  private void append(Page rest) {
    replace(() -> items.addAll(rest.rows()));
    total = rest.total();
    finished();
  }

  private void patch(Set<Long> ids, Patch patch) {
    Map<Long, ObservationRow> fresh = new HashMap<>();
    patch.rows().forEach(r -> fresh.put(r.id(), r));
    boolean complete = total <= items.size() && items.size() < PAGE_SIZE;
    int matchedBefore = 0;
    List<ObservationRow> next = new ArrayList<>(items.size() + fresh.size());
    for (ObservationRow row : items) {
      if (ids.contains(row.id())) {
        matchedBefore++;
        ObservationRow now = fresh.remove(row.id());
        if (now != null) {
          next.add(now);
        }
      } else {
        next.add(row);
      }
    }
    // Rows that now match and were not shown go where the newest-first order puts them, as long
    // as that is within the page.
    for (ObservationRow row : fresh.values()) {
      int at = 0;
      while (at < next.size() && next.get(at).id() > row.id()) {
        at++;
      }
      if (at < next.size() || complete) {
        next.add(at, row);
      }
    }
    if (next.size() > PAGE_SIZE) {
      next = new ArrayList<>(next.subList(0, PAGE_SIZE));
    }
    List<ObservationRow> result = next;
    if (!result.equals(items)) {
      replaceChanged(result);
    }
    total = patch.total() != null ? patch.total() : total - matchedBefore + countMatched(ids);
    finished();
  }

  private int countMatched(Set<Long> ids) {
    return (int) items.stream().filter(r -> ids.contains(r.id())).count();
  }

  /** Replaces only the rows that differ, so the table keeps its scroll position and selection. */
  private void replaceChanged(List<ObservationRow> next) {
    replace(
        () -> {
          int common = Math.min(items.size(), next.size());
          int head = 0;
          while (head < common && items.get(head).equals(next.get(head))) {
            head++;
          }
          int tail = 0;
          while (tail < common - head
              && items.get(items.size() - 1 - tail).equals(next.get(next.size() - 1 - tail))) {
            tail++;
          }
          List<ObservationRow> middle = next.subList(head, next.size() - tail);
          if (items.size() - tail - head == middle.size()) {
            for (int i = 0; i < middle.size(); i++) {
              items.set(head + i, middle.get(i));
            }
          } else {
            items.remove(head, items.size() - tail);
            items.addAll(head, middle);
          }
        });
  }

  private void replace(Runnable change) {
    replacing = true;
    try {
      change.run();
    } finally {
      replacing = false;
    }
  }

  /** The read has answered: say how many, and read what changed meanwhile. */
  private void finished() {
    reading = false;
    loading.set(false);
    countText.set(
        total > items.size()
            ? Messages.get("observations.countPartial", items.size(), total)
            : Messages.get("observations.count", total));
    if (reloadWanted) {
      show(filter);
    } else if (!changedMeanwhile.isEmpty()) {
      List<Long> ids = new ArrayList<>(changedMeanwhile);
      changedMeanwhile.clear();
      changed(ids);
    }
  }

  /** Shows nothing (the workspace is gone). */
  void clear() {
    ++generation;
    reading = false;
    filter = null;
    total = 0;
    replace(items::clear);
    countText.set("");
  }
}

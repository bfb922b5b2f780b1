package com.outsidein.service;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever listens that the workspace changed, after the change is committed: by topic, with
 * the ids of the rows changed where they are known. Listeners run on the thread that made the
 * change and must hand UI work to the UI thread themselves.
 */
public final class WorkspaceEvents {

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceEvents.class);

  /** What kind of thing changed. */
  public enum Topic {
    STUDIES,
    PEOPLE,
    INTERVIEWS,
    OBSERVATIONS,
    CODES,
    INSIGHTS,
    CANVASES,
    DIMENSIONS,
    TEAM,
    METRICS
  }

  /**
   * One committed change: its topic and the ids of the rows it touched; no ids means any row of the
   * topic may have changed.
   */
  public record Change(Topic topic, Set<Long> ids) {

    public Change {
      ids = Set.copyOf(ids);
    }

    public static Change any(Topic topic) {
      return new Change(topic, Set.of());
    }

    /** Whether the row with this id may have changed. */
    public boolean touches(long id) {
      return ids.isEmpty() || ids.contains(id);
    }
  }

  /** A listener's registration; {@link #close()} ends it. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

  /** Hears of every change to one of the topics. */
  public Subscription subscribe(Set<Topic> topics, Consumer<Change> listener) {
    Set<Topic> wanted = Set.copyOf(topics);
    Consumer<Change> filtered =
        change -> {
          if (wanted.contains(change.topic())) {
            listener.accept(change);
          }
        };
    listeners.add(filtered);
    return () -> listeners.remove(filtered);
  }

  /** Hears the topic of every change. */
  public Subscription subscribe(Consumer<Topic> listener) {
    Consumer<Change> byTopic = change -> listener.accept(change.topic());
    listeners.add(byTopic);
    return () -> listeners.remove(byTopic);
  }

  void changed(Topic topic) {
    changed(Change.any(topic));
  }

  void changed(Topic topic, Set<Long> ids) {
    changed(new Change(topic, ids));
  }

  void changed(Change change) {
    for (Consumer<Change> listener : listeners) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        LOG.warn("A listener failed after a change to {}", change.topic(), e);
      }
    }
  }
}

package com.outsidein.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever listens that the workspace changed, after the change is committed. Listeners run on
 * the thread that made the change and must hand UI work to the UI thread themselves.
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
    TEAM
  }

  private final List<Consumer<Topic>> listeners = new CopyOnWriteArrayList<>();

  public void subscribe(Consumer<Topic> listener) {
    listeners.add(listener);
  }

  public void unsubscribe(Consumer<Topic> listener) {
    listeners.remove(listener);
  }

  void changed(Topic topic) {
    for (Consumer<Topic> listener : listeners) {
      try {
        listener.accept(topic);
      } catch (RuntimeException e) {
        LOG.warn("A listener failed after a change to {}", topic, e);
      }
    }
  }
}

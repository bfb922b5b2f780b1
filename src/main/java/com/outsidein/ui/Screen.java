package com.outsidein.ui;

import com.outsidein.service.WorkspaceSession;
import javafx.scene.Node;

/** One place the navigation leads to. */
public interface Screen {

  Node node();

  /** Shows what the workspace holds now, loading it in the background; null clears the screen. */
  void reload(WorkspaceSession session);

  /** Commits anything typed but not yet committed, now (before the workspace closes or changes). */
  default void flush() {}

  /** The workspace is closing or another is opening: stop listening to this one's changes. */
  default void close() {}

  /** Puts the cursor where a new observation is typed, if this screen has such a place. */
  default boolean focusEntry() {
    return false;
  }
}

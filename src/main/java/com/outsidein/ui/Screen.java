package com.outsidein.ui;

import javafx.scene.Node;

/** One place the navigation leads to. */
public interface Screen {

  Node node();

  /** Commits anything typed but not yet committed, now (before the workspace closes or changes). */
  default void flush() {}

  /** The workspace is closing or another is opening: stop listening to this one's changes. */
  default void close() {}

  /** Puts the cursor where a new observation is typed, if this screen has such a place. */
  default boolean focusEntry() {
    return false;
  }
}

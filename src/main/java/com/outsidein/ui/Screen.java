package com.outsidein.ui;

import com.outsidein.service.WorkspaceSession;
import javafx.scene.Node;

/** One place the navigation leads to. */
public interface Screen {

  Node node();

  /** Shows what the workspace holds now, loading it in the background; null clears the screen. */
  void reload(WorkspaceSession session);
}

package com.outsidein.service;

import com.outsidein.store.Workspace;

/** Lets tests of other packages run a session on a workspace they opened (on a faulty disk). */
public final class SessionOf {

  private SessionOf() {}

  public static WorkspaceSession workspace(Workspace workspace) {
    return WorkspaceSession.of(workspace);
  }
}

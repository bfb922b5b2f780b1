package com.outsidein.service;

/** Lets tests look into a session's workspace directly. */
final class WorkspaceSessionProbe {

  private final WorkspaceSession session;

  WorkspaceSessionProbe(WorkspaceSession session) {
    this.session = session;
  }

  boolean containsAnywhere(String word) {
    return session.writes().read(tx -> tx.scrubber().containsAnywhere(word));
  }
}

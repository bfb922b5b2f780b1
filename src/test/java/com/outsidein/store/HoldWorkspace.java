package com.outsidein.store;

import java.nio.file.Path;

/** Run in a child JVM by tests: opens a workspace, says so, and holds it until killed. */
public final class HoldWorkspace {

  private HoldWorkspace() {}

  public static void main(String[] args) throws InterruptedException {
    try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
      System.out.println("OPEN " + workspace.file());
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}

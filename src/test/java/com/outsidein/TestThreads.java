package com.outsidein;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Helper threads for tests of code that takes an executor: daemon threads, shared by the JVM. */
public final class TestThreads {

  /** Grows as needed, so work waiting on other work never starves. */
  public static final Executor HELPERS = newDaemonPool();

  private TestThreads() {}

  private static ExecutorService newDaemonPool() {
    return Executors.newCachedThreadPool(
        work -> {
          Thread thread = new Thread(work, "test-helper");
          thread.setDaemon(true);
          return thread;
        });
  }
}

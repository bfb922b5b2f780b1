package com.outsidein.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every thread pool of the app, made here and handed down: a pool for reads, the one writer lane,
 * and a pool the layers below use for work of their own (an export's second reader). Named daemon
 * threads, an orderly shutdown.
 */
final class TaskPools implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TaskPools.class);

  private final ExecutorService reads =
      Executors.newFixedThreadPool(2, new NamedDaemonThreads("outsidein-read"));
  private final ExecutorService writerLane =
      Executors.newSingleThreadExecutor(new NamedDaemonThreads("outsidein-write"));
  private final ExecutorService helpers = newHelpers();

  ExecutorService reads() {
    return reads;
  }

  ExecutorService writerLane() {
    return writerLane;
  }

  /** For the layers below ui: work a read or write hands to a second thread. */
  ExecutorService helpers() {
    return helpers;
  }

  /** A pool of helper threads on its own, for the command line, which needs no other pool. */
  static ExecutorService newHelpers() {
    return Executors.newCachedThreadPool(new NamedDaemonThreads("outsidein-helper"));
  }

  /** Lets queued writes finish first: an interrupt inside the database can close its file. */
  @Override
  public void close() {
    writerLane.shutdown();
    reads.shutdown();
    helpers.shutdown();
    try {
      if (!writerLane.awaitTermination(30, TimeUnit.SECONDS)
          || !reads.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("Background work did not stop in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class NamedDaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    NamedDaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}

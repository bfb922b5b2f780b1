package com.outsidein.exchange.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Watches the old generation's use as measured after a collection (the memory pools' collection
 * usage), on a thread of the given executor, and remembers the most seen: what the program really
 * holds, not heap that merely has not been collected yet. Young collections leave the old
 * generation's figure alone; only collections that reach it (mixed or full) update it, and a last
 * full collection when the watch is read makes sure the figure is never empty.
 */
public final class HeapWatch implements AutoCloseable {

  private static final long EVERY_MS = 5;

  private final List<MemoryPoolMXBean> oldGeneration =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .filter(pool -> pool.isCollectionUsageThresholdSupported())
          .filter(HeapWatch::isOldGeneration)
          .toList();

  private final CompletableFuture<Void> sampling;
  private volatile long peak;
  private volatile boolean closed;

  public HeapWatch(Executor executor) {
    sampling = CompletableFuture.runAsync(this::sampleUntilClosed, executor);
  }

  private static boolean isOldGeneration(MemoryPoolMXBean pool) {
    String name = pool.getName().toLowerCase(Locale.ROOT);
    return name.contains("old") || name.contains("tenured");
  }

  private void sampleUntilClosed() {
    while (!closed) {
      sample();
      try {
        Thread.sleep(EVERY_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void sample() {
    long used = 0;
    for (MemoryPoolMXBean pool : oldGeneration) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      if (afterCollection != null) {
        used += afterCollection.getUsed();
      }
    }
    if (used > peak) {
      peak = used;
    }
  }

  /**
   * The most old-generation use seen after a collection, in MB. Collects once more first, so what
   * is held at the end counts too.
   */
  public long peakMb() {
    System.gc();
    sample();
    return (peak + 512 * 1024) / (1024 * 1024);
  }

  /** The heap this JVM may use at most, in MB. */
  public static long maxMb() {
    return Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  @Override
  public void close() {
    closed = true;
    sampling.join();
  }
}

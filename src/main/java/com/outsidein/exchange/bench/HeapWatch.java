package com.outsidein.exchange.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Samples the heap in use every few milliseconds, on a thread of the given executor, and remembers
 * the most seen.
 */
final class HeapWatch implements AutoCloseable {

  private static final long EVERY_MS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final CompletableFuture<Void> sampling;
  private volatile long peak;
  private volatile boolean closed;

  HeapWatch(Executor executor) {
    sampling = CompletableFuture.runAsync(this::sampleUntilClosed, executor);
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
    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  long peakMb() {
    sample();
    return peak / (1024 * 1024);
  }

  static long maxMb() {
    return Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  @Override
  public void close() {
    closed = true;
    sampling.join();
  }
}

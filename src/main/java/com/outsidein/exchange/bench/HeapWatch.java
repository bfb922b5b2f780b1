package com.outsidein.exchange.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the heap in use every few milliseconds and remembers the most seen. */
final class HeapWatch implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
  private volatile long peak;

  HeapWatch() {
    sampler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.MILLISECONDS);
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
    sampler.shutdownNow();
  }
}

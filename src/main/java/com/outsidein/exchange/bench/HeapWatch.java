package com.outsidein.exchange.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the heap in use every few milliseconds and remembers the most seen. */
final class HeapWatch implements AutoCloseable {

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peak;

  HeapWatch() {
    sampler = new Thread(this::sample, "bench-heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  long peakMb() {
    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    return peak / (1024 * 1024);
  }

  static long maxMb() {
    return Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}

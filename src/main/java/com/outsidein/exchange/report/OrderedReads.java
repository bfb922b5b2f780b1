package com.outsidein.exchange.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reads run one after another on one thread, in the order they were added, each handing its result
 * or its failure to whoever waits for it. A read that fails, with an error as much as with an
 * exception, never leaves a later one (or its waiter) hanging.
 */
final class OrderedReads {

  private final List<Read<?>> reads = new ArrayList<>();
  private CompletableFuture<Void> running;

  /** A read to run after those added before it; its result once {@link #start} has run it. */
  <T> CompletableFuture<T> add(Supplier<T> read) {
    if (running != null) {
      throw new IllegalStateException("reads are added before they start");
    }
    Read<T> added = new Read<>(read, new CompletableFuture<>());
    reads.add(added);
    return added.result;
  }

  /** Starts running the reads, in order, on one thread of the executor. */
  void start(Executor executor) {
    running = CompletableFuture.runAsync(() -> reads.forEach(Read::run), executor);
  }

  /** Drops the reads not yet started and waits, at most that long, for the one running. */
  void finish(long timeout, TimeUnit unit) {
    reads.forEach(read -> read.result.cancel(false));
    if (running == null) {
      return;
    }
    try {
      running.get(timeout, unit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // A failed read already reached whoever asked for it; finishing only waits.
    }
  }

  private record Read<T>(Supplier<T> read, CompletableFuture<T> result) {
    /** Skipped once cancelled; a failure of any kind goes to whoever waits for this read. */
    void run() {
      if (result.isDone()) {
        return;
      }
      try {
        result.complete(read.get());
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }
  }
}

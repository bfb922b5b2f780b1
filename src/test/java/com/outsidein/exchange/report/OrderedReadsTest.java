package com.outsidein.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.outsidein.TestThreads;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderedReadsTest {

  @Test
  void aReadThatFailsWithAnErrorReachesItsWaiterAndTheNextReadStillRuns() throws Exception {
    OrderedReads reads = new OrderedReads();
    CompletableFuture<String> failing =
        reads.add(
            () -> {
              throw new StackOverflowError("deep");
            });
    CompletableFuture<String> next = reads.add(() -> "next");
    reads.start(TestThreads.HELPERS);

    assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(StackOverflowError.class);
    assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("next");
  }

  @Test
  void finishingDropsTheReadsNotYetStarted() {
    OrderedReads reads = new OrderedReads();
    CompletableFuture<String> never = reads.add(() -> "never");
    reads.finish(1, TimeUnit.SECONDS);

    assertThat(never).isCancelled();
  }

  @Test
  void readsRunInTheOrderAdded() throws Exception {
    OrderedReads reads = new OrderedReads();
    StringBuilder order = new StringBuilder();
    reads.add(() -> order.append("a"));
    CompletableFuture<StringBuilder> last = reads.add(() -> order.append("b"));
    reads.start(TestThreads.HELPERS);

    assertThat(last.get(10, TimeUnit.SECONDS).toString()).isEqualTo("ab");
  }
}

package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CommitQueueTest {

  @Test
  void put_overByteBound_waitsUntilTheHoldingBatchIsCommitted() throws Exception {
    CommitQueue queue = new CommitQueue(100, 1_000);
    queue.put(work("a"), 600);
    List<StoreWork> batch = queue.takeBatch(10);

    CompletableFuture<Void> second = putLater(queue, work("b"), 600);
    Thread.sleep(100);
    boolean waitedWhileCommitting = !second.isDone();
    queue.committed();
    second.get(5, TimeUnit.SECONDS);

    assertThat(batch).extracting(StoreWork::id).containsExactly("a");
    assertThat(waitedWhileCommitting).isTrue();
    assertThat(queue.takeBatch(10)).extracting(StoreWork::id).containsExactly("b");
    assertThat(queue.heldBytes()).isEqualTo(600);
  }

  @Test
  void put_messageLargerThanBound_isTakenAloneOnceNothingIsHeld() throws Exception {
    CommitQueue queue = new CommitQueue(100, 1_000);
    queue.put(work("small"), 10);

    CompletableFuture<Void> big = putLater(queue, work("big"), 5_000);
    Thread.sleep(100);
    boolean waitedForSmall = !big.isDone();
    assertThat(queue.takeBatch(10)).extracting(StoreWork::id).containsExactly("small");
    queue.committed();
    big.get(5, TimeUnit.SECONDS);

    assertThat(waitedForSmall).isTrue();
    assertThat(queue.offer(work("after"), 10, 50, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(queue.offer(StoreWork.END, 0, 50, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(queue.takeBatch(10)).extracting(StoreWork::id).containsExactly("big", "");
  }

  @Test
  void put_countBoundReached_waitsForATake() throws Exception {
    CommitQueue queue = new CommitQueue(2, 1_000_000);
    queue.put(work("1"), 1);
    queue.put(work("2"), 1);

    boolean third = queue.offer(work("3"), 1, 50, TimeUnit.MILLISECONDS);
    List<StoreWork> batch = queue.takeBatch(1);

    assertThat(third).isFalse();
    assertThat(batch).extracting(StoreWork::id).containsExactly("1");
    assertThat(queue.offer(work("3"), 1, 50, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(queue.takeBatch(10)).extracting(StoreWork::id).containsExactly("2", "3");
  }

  private static StoreWork work(String id) {
    return new StoreWork(id, "capture", () -> StoreWork.Outcome.STORED);
  }

  private static CompletableFuture<Void> putLater(CommitQueue queue, StoreWork work, long bytes) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            queue.put(work, bytes);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }
}

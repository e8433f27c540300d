package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static dev.interceptor.adapter.storage.TestData.cookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTransactionsIT {

  @TempDir Path dir;

  @Test
  void inTransaction_workThrows_nothingOfItIsKept() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {

      assertThatThrownBy(
              () ->
                  store
                      .transactions()
                      .run(
                          () -> {
                            store
                                .history()
                                .add(capture("a", T0, "GET", "https://example.com/"), 10);
                            store
                                .cookieJar()
                                .put(cookie("sid", "1", "example.com", true, "/", null));
                            throw new IllegalStateException("host stopped mid-batch");
                          }))
          .isInstanceOf(IllegalStateException.class);

      assertThat(store.history().count()).isZero();
      assertThat(store.cookieJar().all()).isEmpty();
    }
  }

  @Test
  void inTransaction_nested_joinsOuterAndCommitsOnce() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {

      long counted =
          store
              .transactions()
              .inTransaction(
                  () -> {
                    store.history().add(capture("a", T0, "GET", "https://example.com/"), 10);
                    store
                        .transactions()
                        .run(() -> store.history().add(capture("b", T0, "GET", "https://x/"), 10));
                    return store.history().count();
                  });

      assertThat(counted).isEqualTo(2);
      assertThat(store.history().count()).isEqualTo(2);
    }
  }

  @Test
  void inTransaction_otherThreadOfSameStore_waitsUntilCommitAndSeesAll() throws Exception {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      CountDownLatch inside = new CountDownLatch(1);
      AtomicLong seenByOther = new AtomicLong(-1);
      Thread other =
          new Thread(
              () -> {
                try {
                  inside.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                seenByOther.set(store.history().count());
              });
      other.start();

      store
          .transactions()
          .run(
              () -> {
                store.history().add(capture("a", T0, "GET", "https://example.com/"), 10);
                inside.countDown();
                sleep(200);
                store.history().add(capture("b", T0, "GET", "https://example.com/"), 10);
              });
      other.join();

      assertThat(seenByOther.get()).isEqualTo(2);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

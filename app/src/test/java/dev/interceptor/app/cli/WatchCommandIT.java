package dev.interceptor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch} prints entries captured after it started, without query strings. */
class WatchCommandIT {

  @TempDir Path data;

  @Test
  void watch_newEntries_oneLineEachOldestFirstWithoutQuery() throws Exception {
    try (StoreCli cli = new StoreCli(data)) {
      cli.store
          .history()
          .add(
              Captures.get("before", Instant.parse("2025-03-04T09:00:00Z"), "https://old.test/"),
              100);
      AtomicReference<Thread> watcher = new AtomicReference<>();
      CompletableFuture<Integer> code =
          CompletableFuture.supplyAsync(
              () -> {
                watcher.set(Thread.currentThread());
                return cli.run("watch", "--interval", "20");
              });
      waitFor(() -> cli.err().contains("watching History"));

      cli.store
          .history()
          .add(
              Captures.get(
                  "a",
                  Instant.parse("2025-03-04T10:00:01Z"),
                  "https://api.example.com/items?token=secret"),
              100);
      cli.store
          .history()
          .add(
              Captures.get(
                  "b", Instant.parse("2025-03-04T10:00:02Z"), "https://api.example.com/cart"),
              100);
      waitFor(() -> cli.out().lines().count() == 2);
      watcher.get().interrupt();

      assertThat(code.get(5, TimeUnit.SECONDS)).isZero();
      assertThat(cli.out())
          .isEqualTo(
              "10:00:01  GET     200  api.example.com/items\n"
                  + "10:00:02  GET     200  api.example.com/cart\n");
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(10);
    }
  }
}

package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.RequestBody;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-ahead log is copied into the database file by the store's checkpoint thread while the
 * store is open, though the committing connection itself only checkpoints past its backstop.
 */
class CheckpointerIT {

  private static final int ENTRIES = 3_000;

  @TempDir Path dir;

  @Test
  void commits_belowTheWritersBackstop_reachTheDatabaseFileWhileOpen() throws Exception {
    Path file = dir.resolve("interceptor.db");
    long pages;
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      long before = Files.size(file);
      for (int first = 0; first < ENTRIES; first += 500) {
        int from = first;
        store
            .transactions()
            .run(
                () -> {
                  for (int i = from; i < from + 500; i++) {
                    store.history().add(entry(i), ENTRIES);
                  }
                });
      }
      pages = awaitGrowth(file, before + 4 * 1024 * 1024);

      assertThat(pages).isLessThan(Checkpointer.WRITER_BACKSTOP_PAGES);
      assertThat(Files.size(file)).isGreaterThan(before + 4 * 1024 * 1024);
    }

    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("store-checkpoint") && t.isAlive());
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.history().count()).isEqualTo(ENTRIES);
      assertThat(store.history().find("c" + (ENTRIES - 1))).isPresent();
    }
  }

  /** Waits up to 10 s for the file to pass {@code size}; returns the log's size in pages. */
  private static long awaitGrowth(Path file, long size) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (Files.size(file) <= size && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Path log = file.resolveSibling(file.getFileName() + "-wal");
    return Files.size(log) / 4096;
  }

  private static dev.interceptor.core.model.capture.CapturedRequest entry(int i) {
    return capture(
        "c" + i,
        T0.plusMillis(i),
        "POST",
        "https://api.example.com/orders/" + i,
        new RequestBody.Text("x".repeat(2_000)),
        200);
  }
}

package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.HistoryQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two hosts and a CLI (three child JVMs) plus this process write to one database at once. */
class ConcurrentWritersIT {

  private static final int WRITERS = 3;
  private static final int BATCHES = 40;
  private static final int PER_BATCH = 5;

  @TempDir Path dir;

  @Test
  void write_threeProcessesAndThisOneAtOnce_nothingLostAndNoBusyError() throws Exception {
    Path file = dir.resolve("interceptor.db");
    SqliteStore.open(file, CLOCK).close();

    List<Process> children = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      children.add(ChildWriters.start(file, "w" + w, BATCHES, PER_BATCH, 0));
    }
    int mine = 0;
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      while (children.stream().anyMatch(Process::isAlive) && mine < 2000) {
        store
            .history()
            .add(capture("main-" + mine, T0, "POST", "https://example.com/m"), Integer.MAX_VALUE);
        store.settings().recordSync("example.com", T0.plusSeconds(mine));
        store.history().list(HistoryQuery.newest(20));
        mine++;
      }

      for (Process child : children) {
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(stderr(child)).isZero();
        assertThat(stdoutLines(child)).hasSize(BATCHES);
      }

      assertThat(store.history().count()).isEqualTo((long) WRITERS * BATCHES * PER_BATCH + mine);
      assertThat(store.cookieJar().all()).hasSize(WRITERS * BATCHES);
      for (int w = 0; w < WRITERS; w++) {
        assertThat(store.history().find(StoreWriterMain.id("w" + w, BATCHES - 1, PER_BATCH - 1)))
            .isPresent();
      }
      assertThat(store.integrityCheck()).isEmpty();
    }
    assertThat(mine).isPositive();
  }

  private static List<String> stdoutLines(Process child) throws IOException {
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return out.lines().toList();
  }

  private static String stderr(Process child) throws IOException {
    return new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}

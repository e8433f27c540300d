package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.cookie.Cookie;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL in the middle of its batches. */
class KilledWriterIT {

  private static final int PER_BATCH = 20;
  private static final int KILL_AFTER = 15;

  @TempDir Path dir;

  @Test
  void write_killedMidBatch_keepsEveryCommittedBatchWholeAndDatabaseSound() throws Exception {
    Path file = dir.resolve("interceptor.db");
    Process writer = ChildWriters.start(file, "k", 100_000, PER_BATCH, 0);

    int lastReported = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lastReported = Integer.parseInt(line.substring("committed ".length()));
        if (lastReported >= KILL_AFTER) {
          // SIGKILL on POSIX: no shutdown hook, no close, mid-transaction of the next batch.
          writer.destroyForcibly();
          break;
        }
      }
    }
    assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(lastReported).isEqualTo(KILL_AFTER);

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.integrityCheck()).isEmpty();
      Set<String> cookies =
          store.cookieJar().all().stream().map(Cookie::name).collect(Collectors.toSet());
      Set<Integer> storedBatches = new HashSet<>();
      for (int batch = 0; batch <= lastReported + 2; batch++) {
        int present = 0;
        for (int i = 0; i < PER_BATCH; i++) {
          if (store.history().find(StoreWriterMain.id("k", batch, i)).isPresent()) {
            present++;
          }
        }
        // A batch is all or nothing, its cookie included.
        assertThat(present).as("captures of batch " + batch).isIn(0, PER_BATCH);
        assertThat(cookies.contains("k-" + batch)).isEqualTo(present == PER_BATCH);
        if (present == PER_BATCH) {
          storedBatches.add(batch);
        }
      }
      for (int batch = 0; batch <= lastReported; batch++) {
        assertThat(storedBatches).as("committed batch " + batch).contains(batch);
      }
    }
  }
}

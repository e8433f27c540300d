package dev.interceptor.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.core.model.capture.HttpHeader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * History adds in process, as the host's commit worker makes them (100 per transaction, 2 KB
 * captures, the default retention of 5,000): first into an empty History up to its retention, then
 * as many again past it, where every add also trims the oldest entry away.
 *
 * <p>Arguments: a work folder, the results folder.
 */
public final class StoreInserts {

  private static final int RETENTION = 5_000;
  private static final int BATCH = 100;
  private static final int SIZE = 2 * 1024;

  private StoreInserts() {}

  public static void main(String[] args) throws Exception {
    Path work = Throughput.fresh(Path.of(args[0]), "inserts");
    Path warmUp = Throughput.fresh(Path.of(args[0]), "inserts-warm-up");
    Results results = new Results("store-inserts");
    String body = "x".repeat(SIZE - 600);
    List<HttpHeader> headers = List.of(new HttpHeader("Content-Type", "application/json"));
    Instant base = Instant.parse("2026-01-01T00:00:00Z");

    // The same adds into a scratch store first, so that the figures are not the JIT's warm-up.
    try (SqliteStore store = SqliteStore.openIn(warmUp, Clock.systemUTC())) {
      run(results, results.section("warmUp"), store, 0, 2 * RETENTION, body, headers, base);
    }
    try (SqliteStore store = SqliteStore.openIn(work, Clock.systemUTC())) {
      run(results, results.section("belowRetention"), store, 0, RETENTION, body, headers, base);
      run(
          results,
          results.section("pastRetention"),
          store,
          RETENTION,
          4 * RETENTION,
          body,
          headers,
          base);
      results.print("History holds " + store.history().count() + " entries");
    }
    results.write(Path.of(args[1]));
  }

  private static void run(
      Results results,
      ObjectNode section,
      SqliteStore store,
      int from,
      int to,
      String body,
      List<HttpHeader> headers,
      Instant base) {
    long start = System.nanoTime();
    for (int first = from; first < to; first += BATCH) {
      int batchStart = first;
      store
          .transactions()
          .run(
              () -> {
                for (int i = batchStart; i < Math.min(to, batchStart + BATCH); i++) {
                  store.history().add(Throughput.request(i, base, body, headers), RETENTION);
                }
              });
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    long perSecond = Math.round((to - from) / seconds);
    section.put("adds", to - from);
    section.put("batch", BATCH);
    section.put("addsPerSecond", perSecond);
    section.put("loadAverage", Results.loadAverage());
    results.print(
        String.format(
            "%,d adds from %,d entries: %,d adds/s (%d per transaction, %d bytes, load %.2f)",
            to - from, from, perSecond, BATCH, SIZE, Results.loadAverage()));
  }
}

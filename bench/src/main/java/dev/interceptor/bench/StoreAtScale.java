package dev.interceptor.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.export.HarExportFormat;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieSnapshot;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.FolderPath;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (4) The store at scale: a History of 1,000,000 entries (filled once and kept in the work folder),
 * the newest 100 matching a URL substring, a streamed HAR export of 10,000 entries, and a snapshot
 * of 10,000 cookies.
 *
 * <p>Arguments: a work folder, the results folder.
 */
public final class StoreAtScale {

  private static final int ENTRIES = 1_000_000;
  private static final int NEWEST = 10_000;
  private static final int FILL_BATCH = 1_000;
  private static final int REPEATS = 7;

  private StoreAtScale() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Results results = new Results("store-at-scale");
    Files.createDirectories(work);

    try (SqliteStore store = SqliteStore.openIn(work.resolve("history"), Clock.systemUTC())) {
      fill(results, store, store.file());
      // Common: one entry in seven matches, so the newest 100 are near the top. Rare: only the
      // 100 oldest entries match, so the whole History is read.
      query(results, store, "common", "/orders/");
      query(results, store, "rare", "q=needle");
      export(results, store, work, 1_000);
      export(results, store, work, 10_000);
    }

    Path jar = Throughput.fresh(work, "cookies");
    try (SqliteStore store = SqliteStore.openIn(jar, Clock.systemUTC())) {
      snapshot(results, store, "insert10000");
      snapshot(results, store, "update10000");
    }
    results.write(Path.of(args[1]));
  }

  /**
   * The newest 10,000 entries are added through the store, whole (headers, body, response). The
   * 990,000 older ones are copies of them made in SQL: adding them one by one through the store
   * trims History on every add, which costs time in proportion to the retention.
   */
  private static void fill(Results results, SqliteStore store, Path file) throws SQLException {
    long have = store.history().count();
    if (have == ENTRIES) {
      results.print("History already holds " + have + " entries");
      return;
    }
    store.history().clear();
    List<HttpHeader> headers = List.of(new HttpHeader("Content-Type", "application/json"));
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    String body = "{\"sku\":\"A-1\",\"quantity\":2,\"note\":\"" + "n".repeat(60) + "\"}";

    long start = System.nanoTime();
    for (int first = 0; first < NEWEST; first += FILL_BATCH) {
      int from = first;
      store
          .transactions()
          .run(
              () -> {
                for (int i = from; i < from + FILL_BATCH; i++) {
                  store.history().add(entry(i, base, body, headers), ENTRIES);
                }
              });
    }
    double throughStore = (System.nanoTime() - start) / 1e9;

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement sql = c.createStatement()) {
      c.setAutoCommit(false);
      sql.executeUpdate(
          "INSERT INTO capture (id, time_us, method, url, host, has_response, status,"
              + " status_line, error, body_size, body_truncated, file_parts_omitted,"
              + " resource_type, tab_id, initiator)"
              + " WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < "
              + (ENTRIES / NEWEST - 1)
              + ") SELECT 'old-' || k.n || '-' || id, time_us - k.n * 100000000000, method, url,"
              + " host, has_response, status, status_line, error, body_size, body_truncated,"
              + " file_parts_omitted, resource_type, tab_id, initiator FROM capture, k"
              + " WHERE collection_id IS NULL");
      // The store indexes History's URLs itself once more than 10,000 are left out, and raises
      // the mark above them (schema 10); so does this fill, for every entry above the mark.
      sql.executeUpdate(
          "INSERT INTO capture_url (rowid, url) SELECT seq, url FROM capture"
              + " WHERE collection_id IS NULL AND seq > (SELECT value FROM store_counter"
              + " WHERE name = 'url_index_through')");
      sql.executeUpdate(
          "UPDATE store_counter SET value = (SELECT max(seq) FROM capture)"
              + " WHERE name = 'url_index_through'");
      // So does History's entry counter.
      sql.executeUpdate(
          "UPDATE store_counter SET value = (SELECT count(*) FROM capture"
              + " WHERE collection_id IS NULL) WHERE name = 'history_entries'");
      sql.executeUpdate(
          "UPDATE capture SET url = url || '&q=needle' WHERE seq IN (SELECT seq FROM capture"
              + " WHERE collection_id IS NULL ORDER BY time_us ASC LIMIT 100)");
      c.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    results
        .section("fill")
        .put("entries", store.history().count())
        .put("seconds", Results.round(seconds));
    results.print(
        String.format(
            "filled %d entries in %.1f s (%d through the store in %.1f s)",
            store.history().count(), seconds, NEWEST, throughStore));
  }

  private static dev.interceptor.core.model.capture.CapturedRequest entry(
      int i, Instant base, String body, List<HttpHeader> headers) {
    String path = i % 7 == 0 ? "/v1/orders/" + i : "/v1/items/" + i;
    String query = "?page=" + (i % 13);
    var request = Throughput.request(i, base, body, headers);
    return new dev.interceptor.core.model.capture.CapturedRequest(
        request.id(),
        request.time(),
        "https://api" + (i % 40) + ".example.com" + path + query,
        i % 3 == 0 ? "GET" : "POST",
        request.requestHeaders(),
        request.body(),
        request.bodySize(),
        false,
        false,
        request.resourceType(),
        request.tabId(),
        null,
        request.response(),
        null);
  }

  private static void query(Results results, SqliteStore store, String key, String substring) {
    HistoryQuery query =
        new HistoryQuery(
            Optional.of(substring),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            100);
    List<Double> millis = new ArrayList<>();
    int found = 0;
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      found = store.history().list(query).size();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    ObjectNode section = results.section("newest100_" + key);
    section.put("substring", substring).put("found", found);
    section.put("medianMs", Results.round(Results.percentile(millis, 0.5)));
    section.put("firstMs", Results.round(millis.get(0)));
    section.put("maxMs", Results.round(Results.percentile(millis, 1.0)));
    results.print(
        String.format(
            "newest 100 matching %-10s %3d found  median %7.1f ms  first %7.1f ms (%d runs)",
            substring, found, Results.percentile(millis, 0.5), millis.get(0), REPEATS));
  }

  /** Exports the newest {@code count} entries to a file, sampling the heap while it runs. */
  private static void export(Results results, SqliteStore store, Path work, int count)
      throws IOException, InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    Path file = work.resolve("history-" + count + ".har");
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      new HarExportFormat()
          .export(new RequestExport("History", () -> newest(store, count), false), out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();

    double growthMiB = (peak.get() - before) / (1024.0 * 1024.0);
    ObjectNode section = results.section("harExport" + count);
    section.put("entries", count).put("seconds", Results.round(seconds * 1000) / 1000);
    section.put("fileMiB", Results.round(Files.size(file) / (1024.0 * 1024.0)));
    section.put("peakHeapGrowthMiB", Results.round(growthMiB));
    results.print(
        String.format(
            "HAR export of %6d entries  %6.2f s  file %6.1f MiB  peak heap growth %6.1f MiB",
            count, seconds, Files.size(file) / (1024.0 * 1024.0), growthMiB));
  }

  /**
   * The newest entries, a page of summaries at a time, the page's entries read in full together.
   */
  private static Iterator<ExportedRequest> newest(SqliteStore store, int count) {
    return new Iterator<>() {
      private final List<ExportedRequest> page = new ArrayList<>();
      private int offset;
      private int returned;

      @Override
      public boolean hasNext() {
        if (returned >= count) {
          return false;
        }
        if (page.isEmpty()) {
          HistoryQuery query =
              new HistoryQuery(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  offset,
                  200);
          List<String> ids = store.history().list(query).stream().map(CaptureSummary::id).toList();
          for (var request : store.history().findAll(ids)) {
            page.add(new ExportedRequest(FolderPath.ROOT, request));
          }
          offset += 200;
        }
        return !page.isEmpty();
      }

      @Override
      public ExportedRequest next() {
        hasNext();
        returned++;
        return page.remove(0);
      }
    };
  }

  private static void snapshot(Results results, SqliteStore store, String key) {
    Instant now = Instant.now();
    List<Cookie> cookies = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      cookies.add(
          new Cookie(
              "c" + i,
              key + i,
              ".example.com",
              false,
              "/",
              true,
              i % 2 == 0,
              "lax",
              now.plusSeconds(86_400),
              Cookie.DEFAULT_STORE,
              null,
              now));
    }
    CookieSnapshot snapshot =
        new CookieSnapshot(SyncDomains.parse("example.com"), Cookie.DEFAULT_STORE, cookies);

    long start = System.nanoTime();
    store.cookieJar().replace(snapshot);
    double millis = (System.nanoTime() - start) / 1e6;

    results
        .section("cookieSnapshot_" + key)
        .put("cookies", 10_000)
        .put("ms", Results.round(millis));
    results.print(String.format("cookie snapshot %s  %7.1f ms", key, millis));
  }
}

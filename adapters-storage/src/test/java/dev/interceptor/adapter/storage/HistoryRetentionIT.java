package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** History keeps its newest entries by capture time after every committed transaction. */
class HistoryRetentionIT {

  @TempDir Path dir;

  private SqliteStore store;

  /** Every entry goes in the URL index as it commits, so that trims are seen to clean it too. */
  @BeforeEach
  void open() {
    store = SqliteStore.openWithUrlIndexBacklog(dir.resolve("interceptor.db"), CLOCK, 0);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void add_batchPastRetention_trimsWhenTheTransactionCommits() {
    List<Long> countsInside = new ArrayList<>();

    store
        .transactions()
        .run(
            () -> {
              for (int i = 0; i < 12; i++) {
                store.history().add(entry(i, i), 5);
              }
              countsInside.add(store.history().count());
            });

    assertThat(countsInside).containsExactly(12L);
    assertThat(store.history().count()).isEqualTo(5);
    assertThat(newestIds()).containsExactly("c11", "c10", "c9", "c8", "c7");
  }

  @ParameterizedTest(name = "batch of {0}")
  @ValueSource(ints = {1, 3, 10})
  void add_timesOutOfOrder_keepsNewestByCaptureTime(int batch) {
    int[] seconds = {5, 1, 9, 3, 7, 0, 8, 2, 6, 4};

    for (int first = 0; first < seconds.length; first += batch) {
      int from = first;
      store
          .transactions()
          .run(
              () ->
                  IntStream.range(from, Math.min(seconds.length, from + batch))
                      .forEach(i -> store.history().add(entry(seconds[i], seconds[i]), 4)));
    }

    assertThat(newestIds()).containsExactly("c9", "c8", "c7", "c6");
    assertThat(store.history().count()).isEqualTo(4);
  }

  @Test
  void add_olderThanEveryEntryOfAFullHistory_isTrimmedAtOnce() {
    for (int i = 10; i < 13; i++) {
      store.history().add(entry(i, i), 3);
    }

    boolean added = store.history().add(entry(1, 1), 3);

    assertThat(added).isTrue();
    assertThat(newestIds()).containsExactly("c12", "c11", "c10");
  }

  @Test
  void add_transactionRolledBack_keepsNothingAndLaterAddsStillTrim() {
    store.history().add(entry(0, 0), 2);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          store.history().add(entry(1, 1), 2);
                          throw new IllegalStateException("boom");
                        }))
        .hasMessage("boom");
    store.history().add(entry(2, 2), 2);
    store.history().add(entry(3, 3), 2);

    assertThat(newestIds()).containsExactly("c3", "c2");
    assertThat(store.history().count()).isEqualTo(2);
  }

  @Test
  void add_pastRetention_trimmedEntriesLeaveNothingAndKeptOnesKeepEverything() throws SQLException {
    List<CapturedRequest> requests =
        List.of(
            withBody(0, new RequestBody.Form(List.of(new FormField("a", "1")))),
            withBody(1, new RequestBody.Bytes(new byte[300 * 1024])),
            withBody(2, new RequestBody.Text("old")),
            withBody(3, new RequestBody.Form(List.of(new FormField("b", "2")))),
            withBody(4, new RequestBody.Bytes(new byte[300 * 1024])),
            withBody(5, new RequestBody.Text("new")));
    CapturedRequest saved =
        capture("saved", T0, "POST", "https://saved.test/", new RequestBody.Text("kept"), 200);

    // A collection item between History's entries in the sequence, and older than all of them.
    store.history().add(requests.get(0), 3);
    store.history().add(requests.get(1), 3);
    store.collections().add("Saved", Organize.FLAT, FolderPath.ROOT, saved);
    store.transactions().run(() -> requests.subList(2, 6).forEach(r -> store.history().add(r, 3)));

    assertThat(requests.subList(3, 6))
        .allSatisfy(r -> assertThat(store.history().find(r.id())).contains(r));
    assertThat(store.collections().findRequest("Saved", "saved")).contains(saved);
    assertThat(newestIds()).containsExactly("b5", "b4", "b3");
    for (String table :
        List.of(
            "capture_header_list", "capture_body", "capture_form_field", "capture_body_chunk")) {
      assertThat(
              rows(
                  store.file(),
                  "SELECT count(*) FROM "
                      + table
                      + " WHERE capture_seq NOT IN"
                      + " (SELECT seq FROM capture)"))
          .as(table)
          .isZero();
    }
    assertThat(
            rows(
                store.file(),
                "SELECT count(*) FROM capture_url WHERE capture_url MATCH '"
                    + HistoryQuerySql.trigramMatch("example.com/b")
                    + "'"))
        .isEqualTo(3);
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
    assertThat(store.integrityCheck()).isEmpty();
  }

  @Test
  void count_afterAddsTrimsClearsAndCollectionItems_equalsTheRowsInHistory() throws SQLException {
    for (int i = 0; i < 8; i++) {
      store.history().add(entry(i, i), 6);
    }
    store
        .collections()
        .add(
            "Saved", Organize.FLAT, FolderPath.ROOT, capture("kept", T0, "GET", "https://a.test/"));
    store.collections().delete("Saved");
    long afterAdds = store.history().count();
    store.history().clear();
    store.history().add(entry(20, 20), 6);

    assertThat(afterAdds).isEqualTo(6);
    assertThat(store.history().count()).isEqualTo(1).isEqualTo(historyRows(store.file()));
  }

  @Test
  void add_twoProcessesWithInterleavedTimes_keepNewestRetentionAcrossCommits() throws Exception {
    Path file = store.file();
    int batches = 20;
    int perBatch = 5;
    int retention = 30;

    List<Process> writers =
        List.of(
            ChildWriters.startTrimming(file, "a", batches, perBatch, retention, 0),
            ChildWriters.startTrimming(file, "b", batches, perBatch, retention, 500));
    for (Process writer : writers) {
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(writer.exitValue())
          .as(new String(writer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
          .isZero();
    }

    // Both writers' captures k = 85..99 (the newest 15 each) are the newest 30 by time.
    List<String> expected = new ArrayList<>();
    for (int k = batches * perBatch - 1; k >= batches * perBatch - retention / 2; k--) {
      expected.add(StoreWriterMain.id("b", k / perBatch, k % perBatch));
      expected.add(StoreWriterMain.id("a", k / perBatch, k % perBatch));
    }
    assertThat(newestIds()).isEqualTo(expected);
    assertThat(store.history().count()).isEqualTo(retention).isEqualTo(historyRows(file));
  }

  private List<String> newestIds() {
    return store.history().list(HistoryQuery.newest(1000)).stream()
        .map(CaptureSummary::id)
        .toList();
  }

  private static CapturedRequest entry(int name, int second) {
    return capture("c" + name, T0.plusSeconds(second), "GET", "https://example.com/" + name);
  }

  private static CapturedRequest withBody(int name, RequestBody body) {
    return capture(
        "b" + name, T0.plusSeconds(name), "POST", "https://example.com/b" + name, body, 200);
  }

  private static long historyRows(Path file) throws SQLException {
    return rows(file, "SELECT count(*) FROM capture WHERE collection_id IS NULL");
  }

  private static long rows(Path file, String countQuery) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(countQuery)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

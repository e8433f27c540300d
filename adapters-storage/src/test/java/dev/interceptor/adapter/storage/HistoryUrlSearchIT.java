package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static dev.interceptor.adapter.storage.TestData.idsWithUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * URL substring search: through the trigram index for 3 characters or more, by LIKE alone below;
 * either way the same rows, with LIKE's rules (ASCII letters without case, other text exact). Here
 * with the store's backlog, so that these few entries are never indexed; {@link
 * HistoryUrlSearchIndexedIT} runs the same with every entry indexed when its transaction commits.
 */
class HistoryUrlSearchIT {

  @TempDir Path dir;

  private SqliteStore store;

  /** The most entries the URL index leaves out. */
  int urlIndexBacklog() {
    return SqliteCaptureHistory.URL_INDEX_BACKLOG;
  }

  @BeforeEach
  void open() {
    store =
        SqliteStore.openWithUrlIndexBacklog(
            dir.resolve("interceptor.db"), CLOCK, urlIndexBacklog());
    String[] urls = urls();
    for (int i = 0; i < urls.length; i++) {
      store
          .history()
          .add(capture(Character.toString('a' + i), T0.plusSeconds(i), "GET", urls[i]), 100);
    }
  }

  private static String[] urls() {
    return new String[] {
      "https://api.example.com/users?id=1",
      "https://api.example.com/Users/\u00C9T\u00C9",
      "https://cdn.example.org/app_1.js",
      "https://api.example.com/100%/x",
      "https://x.test/say \"hi\" AND bye*",
      "https://x.test/\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
    };
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Stream<Arguments> substrings() {
    return Stream.of(
        Arguments.of("/USERS", List.of("b", "a")),
        Arguments.of("sers?id", List.of("a")),
        Arguments.of("\u00C9T\u00C9", List.of("b")),
        Arguments.of("\u00E9t\u00E9", List.of()),
        Arguments.of("app_", List.of("c")),
        Arguments.of("_1", List.of("c")),
        Arguments.of("%", List.of("d")),
        Arguments.of("0%/", List.of("d")),
        Arguments.of("\"hi\" AND", List.of("e")),
        Arguments.of("bye*", List.of("e")),
        Arguments.of("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", List.of("f")),
        Arguments.of("\uD83D\uDE00", List.of("f")),
        Arguments.of("example", List.of("d", "c", "b", "a")),
        Arguments.of("nowhere", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("substrings")
  void list_urlSubstring_matchesAsLikeDoes(String substring, List<String> expected)
      throws SQLException {
    List<String> found = idsWithUrl(store, substring, 10);

    assertThat(found).isEqualTo(expected);
    assertThat(UrlIndexContents.indexed(store.file()))
        .hasSize(urlIndexBacklog() == 0 ? urls().length : 0);
  }

  @Test
  void list_urlChangedOrRowMovedOrTrimmed_indexFollows() throws SQLException {
    store
        .collections()
        .add(
            "Saved",
            Organize.FLAT,
            FolderPath.ROOT,
            capture("s", T0, "GET", "https://only.saved/"));
    sql("UPDATE capture SET url = 'https://renamed.test/' WHERE id = 'c'");
    sql("UPDATE capture SET collection_id = NULL WHERE id = 's'");
    List<String> renamed = idsWithUrl(store, "renamed", 10);
    List<String> oldName = idsWithUrl(store, "cdn.example", 10);
    List<String> moved = idsWithUrl(store, "only.saved", 10);
    store.history().add(capture("g", T0.plusSeconds(100), "GET", "https://newest.test/"), 1);

    assertThat(renamed).containsExactly("c");
    assertThat(oldName).isEmpty();
    assertThat(moved).containsExactly("s");
    assertThat(idsWithUrl(store, "newest", 10)).containsExactly("g");
    assertThat(idsWithUrl(store, "/users", 10)).isEmpty();
    assertThat(idsWithUrl(store, "renamed", 10)).isEmpty();
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  @Test
  void add_batchPastRetentionInOneTransaction_indexHoldsOnlyTheKeptEntries() throws SQLException {
    store
        .transactions()
        .run(
            () -> {
              for (int i = 0; i < 3; i++) {
                store
                    .history()
                    .add(
                        capture("t" + i, T0.plusSeconds(200 + i), "GET", "https://trim.test/" + i),
                        1);
              }
            });

    assertThat(idsWithUrl(store, "trim.test", 10)).containsExactly("t2");
    assertThat(indexHits("trim.test")).isEqualTo(urlIndexBacklog() == 0 ? 1 : 0);
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  @Test
  void list_clearedThenAddedAgain_findsOnlyTheNewRows() throws SQLException {
    store.history().clear();
    store.history().add(capture("n", T0, "GET", "https://api.example.com/users/new"), 100);

    assertThat(idsWithUrl(store, "users", 10)).containsExactly("n");
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  @Test
  void list_moreHitsThanTheIndexBound_walksHistoryAndPagesNewestFirst() throws SQLException {
    int bound = SqliteCaptureHistory.INDEX_HITS_BOUND;
    sql(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
            + (bound + 50)
            + ") INSERT INTO capture (id, time_us, method, url, host, has_response,"
            + " body_size, body_truncated, file_parts_omitted, resource_type, tab_id)"
            + " SELECT 'bulk' || i, 1900000000000000 + i, 'GET',"
            + " 'https://bulk.test/common/' || i, 'bulk.test', 0, 0, 0, 0, 'XHR', 1 FROM n");
    // Raw SQL indexes History above the mark, raises the mark and counts, as the store does.
    sql(
        "INSERT INTO capture_url (rowid, url) SELECT seq, url FROM capture"
            + " WHERE collection_id IS NULL AND seq > (SELECT value FROM store_counter"
            + " WHERE name = 'url_index_through')");
    sql(
        "UPDATE store_counter SET value = (SELECT max(seq) FROM capture)"
            + " WHERE name = 'url_index_through'");
    sql(
        "UPDATE store_counter SET value = value + "
            + (bound + 50)
            + " WHERE name = 'history_entries'");

    List<String> common = idsWithUrl(store, "COMMON/", 3);
    List<String> rare = idsWithUrl(store, "common/" + (bound + 50) / 10, 5);

    assertThat(common)
        .containsExactly("bulk" + (bound + 50), "bulk" + (bound + 49), "bulk" + (bound + 48));
    assertThat(rare).containsExactly("bulk" + (bound + 50), "bulk1005");
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  /** Rows of the URL index itself that hold the substring, whether or not their entry is left. */
  private long indexHits(String substring) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        PreparedStatement ps =
            c.prepareStatement("SELECT count(*) FROM capture_url WHERE capture_url MATCH ?")) {
      ps.setString(1, HistoryQuerySql.trigramMatch(substring));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
      s.executeUpdate(statement);
    }
  }
}

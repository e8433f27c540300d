package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.urlContains;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.HistoryQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing History stays fast with many entries: it walks an index and stops early, or, for a rare
 * URL substring, starts from the URL index's few hits. 200,000 entries keep the test's fill (each
 * row also goes into the URL index) to seconds; the store benchmark measures a million.
 */
class HistoryListingScaleIT {

  private static final int ROWS = 200_000;

  @TempDir static Path dir;

  private static Path file;

  @BeforeAll
  static void fillHistory() throws SQLException {
    file = dir.resolve("big.db");
    SqliteStore.open(file, CLOCK).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      // Seeding only: no syncs, a large cache, ids that sort in insertion order.
      s.execute("PRAGMA synchronous = OFF");
      s.execute("PRAGMA cache_size = -262144");
      s.execute("BEGIN");
      // Bulk-load without the capture indexes, then build them with the schema's own statements:
      // one sort per index instead of a million inserts into each.
      List<String> indexes = captureIndexes();
      for (String create : indexes) {
        s.execute("DROP INDEX " + create.split("\\s+")[create.contains("UNIQUE") ? 3 : 2]);
      }
      // Every 1000th URL holds the needle; time rises with i, so the newest are the highest i.
      s.execute(
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
              + ROWS
              + ") INSERT INTO capture (id, time_us, method, url, host, has_response, status,"
              + " body_size, body_truncated, file_parts_omitted, resource_type, tab_id)"
              + " SELECT printf('c%07d', i), 1714557600000000 + i * 1000,"
              + " CASE WHEN i % 5 = 0 THEN 'POST' ELSE 'GET' END,"
              + " 'https://api' || (i % 50) || '.example.com/v1/items/' || i"
              + " || CASE WHEN i % 1000 = 0 THEN '/needle' ELSE '' END,"
              + " 'api' || (i % 50) || '.example.com', 1, 200, 0, 0, 0, 'XHR', 1 FROM n");
      // The store indexes History's URLs itself once they are many, raises the mark above them
      // and counts History's entries (schema 10); so does this fill.
      s.execute("INSERT INTO capture_url (rowid, url) SELECT seq, url FROM capture");
      s.execute(
          "UPDATE store_counter SET value = (SELECT max(seq) FROM capture)"
              + " WHERE name = '"
              + UrlIndexBacklog.MARK
              + "'");
      s.execute(
          "UPDATE store_counter SET value = (SELECT count(*) FROM capture)"
              + " WHERE name = 'history_entries'");
      for (String create : indexes) {
        s.execute(create);
      }
      s.execute("COMMIT");
    }
  }

  private static List<String> captureIndexes() {
    return SchemaMigrator.MIGRATIONS.stream()
        .flatMap(m -> SchemaMigrator.statements(m).stream())
        .filter(
            sql ->
                sql.startsWith("CREATE") && sql.contains(" INDEX ") && sql.contains(" ON capture("))
        .toList();
  }

  @Test
  void list_newest100MatchingCommonSubstring_usesTimeIndexAndIsFast() throws SQLException {
    HistoryQuery query = urlContains("/items/", 100);

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      long start = System.nanoTime();
      List<CaptureSummary> page = store.history().list(query);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(page).hasSize(100);
      assertThat(page.get(0).id()).isEqualTo(String.format("c%07d", ROWS));
      assertThat(page.get(99).id()).isEqualTo(String.format("c%07d", ROWS - 99));
      assertThat(took).isLessThan(Duration.ofSeconds(2));
    }
    assertThat(plan(HistoryQuerySql.of(query)))
        .anyMatch(step -> step.contains("USING INDEX capture_history_time"))
        .noneMatch(step -> step.contains("TEMP B-TREE"));
  }

  @Test
  void list_newest100MatchingRareSubstring_readsTheUrlIndexAndIsFast() throws SQLException {
    // 111 entries hold "items/1234" (1234, 12340 to 12349, 123400 to 123499), all of them old.
    HistoryQuery query = urlContains("ITEMS/1234", 100);

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      long start = System.nanoTime();
      List<CaptureSummary> page = store.history().list(query);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(page).hasSize(100);
      assertThat(page.get(0).id()).isEqualTo("c0123499");
      assertThat(page.get(99).id()).isEqualTo("c0123400");
      assertThat(took).isLessThan(Duration.ofMillis(500));
    }
    // The entries above the mark, none here, are read from the mark on, not by a scan.
    assertThat(plan(HistoryQuerySql.viaUrlIndex(query)))
        .anyMatch(step -> step.contains("VIRTUAL TABLE INDEX"))
        .anyMatch(step -> step.contains("SEARCH capture USING INTEGER PRIMARY KEY (rowid>?)"))
        .noneMatch(step -> step.matches("SCAN capture( .*)?"))
        .noneMatch(step -> step.contains("capture_history_time"));
  }

  @Test
  void list_byHost_usesHostIndex() throws SQLException {
    HistoryQuery query =
        new HistoryQuery(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of("api7.example.com"),
            Optional.empty(),
            Optional.empty(),
            0,
            100);

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.history().list(query))
          .hasSize(100)
          .allMatch(s -> s.host().equals("api7.example.com"));
    }
    assertThat(plan(HistoryQuerySql.of(query)))
        .anyMatch(step -> step.contains("USING INDEX capture_history_host"));
  }

  private static List<String> plan(HistoryQuerySql sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement ps = sql.prepareExplain(c);
        ResultSet rs = ps.executeQuery()) {
      List<String> steps = new ArrayList<>();
      while (rs.next()) {
        steps.add(rs.getString("detail"));
      }
      return steps;
    }
  }
}

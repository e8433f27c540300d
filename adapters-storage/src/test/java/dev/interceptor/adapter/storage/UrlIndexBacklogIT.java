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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The URL index leaves History's newest entries out until more than a backlog of them are there;
 * searches find them all the same, and the index always holds every entry up to its mark.
 */
class UrlIndexBacklogIT {

  @TempDir Path dir;

  private SqliteStore store;

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void add_upToTheBacklog_indexesNothing_oneMore_indexesThemAll() throws SQLException {
    store = open(3);
    for (int i = 1; i <= 3; i++) {
      add("e" + i, i, 100);
    }
    List<Long> upToBacklog = UrlIndexContents.indexed(store.file());
    long markUpToBacklog = UrlIndexContents.mark(store.file());

    add("e4", 4, 100);

    assertThat(upToBacklog).isEmpty();
    assertThat(markUpToBacklog).isZero();
    assertThat(UrlIndexContents.indexed(store.file())).containsExactly(1L, 2L, 3L, 4L);
    assertThat(UrlIndexContents.mark(store.file())).isEqualTo(4);
    assertThat(idsWithUrl(store, "example.test/e", 100)).containsExactly("e4", "e3", "e2", "e1");
    add("e5", 5, 100);
    assertThat(idsWithUrl(store, "example.test/e", 100))
        .containsExactly("e5", "e4", "e3", "e2", "e1");
    assertThat(UrlIndexContents.indexed(store.file())).hasSize(4);
  }

  @Test
  void add_retentionBelowTheBacklog_neverIndexesAndTheMarkFollowsTheTrim() throws SQLException {
    store = open(5);

    for (int i = 1; i <= 40; i++) {
      add("e" + i, i, 3);
    }

    assertThat(UrlIndexContents.indexed(store.file())).isEmpty();
    // The oldest entry kept is 38: nothing of History lies at or below 37.
    assertThat(UrlIndexContents.mark(store.file())).isBetween(33L, 37L);
    assertThat(idsWithUrl(store, "example.test/e", 100)).containsExactly("e40", "e39", "e38");
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  @Test
  void add_numberReusedBelowTheMarkAfterClear_isIndexedAtOnceAndFound() throws SQLException {
    store = open(1);
    add("a", 1, 100);
    add("b", 2, 100);
    add("c", 3, 100);
    long mark = UrlIndexContents.mark(store.file());
    store.history().clear();

    // SQLite gives the next row the number after the highest one left: 1 again.
    add("d", 4, 100);

    assertThat(mark).isEqualTo(2);
    assertThat(UrlIndexContents.indexed(store.file())).containsExactly(1L);
    assertThat(idsWithUrl(store, "example.test/d", 100)).containsExactly("d");
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  @Test
  void move_collectionItemIntoHistoryBelowTheMark_isIndexedAndFound() throws SQLException {
    store = open(0);
    store
        .collections()
        .add("Saved", Organize.FLAT, FolderPath.ROOT, capture("s", T0, "GET", urlOf("saved")));
    add("a", 1, 100);
    add("b", 2, 100);

    sql("UPDATE capture SET collection_id = NULL WHERE id = 's'");

    assertThat(UrlIndexContents.mark(store.file())).isEqualTo(3);
    assertThat(idsWithUrl(store, "example.test/saved", 100)).containsExactly("s");
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  @Test
  void add_collectionItemsBetweenHistoryEntries_indexOnlyHistory() throws SQLException {
    store = open(2);
    for (int i = 1; i <= 6; i++) {
      add("h" + i, i, 100);
      store
          .collections()
          .add(
              "Saved",
              Organize.FLAT,
              FolderPath.ROOT,
              capture("s" + i, T0.plusSeconds(i), "GET", urlOf("h" + i + "/saved")));
    }

    assertThat(idsWithUrl(store, "example.test/h", 100))
        .containsExactly("h6", "h5", "h4", "h3", "h2", "h1");
    assertThat(UrlIndexContents.indexed(store.file())).isNotEmpty();
    UrlIndexContents.assertHoldsHistoryUpToMark(store.file());
  }

  private SqliteStore open(int backlog) {
    return SqliteStore.openWithUrlIndexBacklog(dir.resolve("interceptor.db"), CLOCK, backlog);
  }

  private void add(String id, int second, int retention) {
    store.history().add(capture(id, T0.plusSeconds(second), "GET", urlOf(id)), retention);
  }

  private static String urlOf(String name) {
    return "https://example.test/" + name;
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}

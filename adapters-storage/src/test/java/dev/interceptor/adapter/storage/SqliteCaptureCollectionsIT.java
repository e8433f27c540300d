package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.routing.CollectionItem;
import dev.interceptor.core.model.routing.CollectionSummary;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.port.out.CaptureCollections;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCaptureCollectionsIT {

  @TempDir Path dir;

  private SqliteStore store;
  private CaptureCollections collections;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK);
    collections = store.collections();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void create_newAndExistingName_secondIsRefusedAndFirstKept() {
    boolean first = collections.create("Shop API", Organize.HOST);
    boolean second = collections.create("Shop API", Organize.FLAT);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(collections.find("Shop API"))
        .contains(new CollectionSummary("Shop API", Organize.HOST, 0, T0));
  }

  @Test
  void add_missingCollectionAndFolders_createsThemAndListsItemsInOrder() {
    CapturedRequest a =
        capture(
            "a", T0, "POST", "https://api.example.com/v1/users", new RequestBody.Text("{}"), 201);
    CapturedRequest b = capture("b", T0.minusSeconds(5), "GET", "https://api.example.com/v1/x");
    CapturedRequest c = capture("c", T0, "GET", "https://cdn.example.com/app.js");

    collections.add("New", Organize.HOST_PATH, FolderPath.of("api.example.com", "v1"), a);
    collections.add("New", Organize.HOST_PATH, FolderPath.of("api.example.com", "v1"), b);
    collections.add("New", Organize.HOST_PATH, FolderPath.of("cdn.example.com"), c);

    assertThat(collections.find("New")).map(CollectionSummary::items).contains(3);
    assertThat(collections.find("New"))
        .map(CollectionSummary::organize)
        .contains(Organize.HOST_PATH);
    assertThat(collections.items("New"))
        .extracting(CollectionItem::folder, item -> item.capture().id())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(FolderPath.of("api.example.com", "v1"), "a"),
            org.assertj.core.groups.Tuple.tuple(FolderPath.of("api.example.com", "v1"), "b"),
            org.assertj.core.groups.Tuple.tuple(FolderPath.of("cdn.example.com"), "c"));
    assertThat(collections.findRequest("New", "a")).contains(a);
  }

  @Test
  void add_sameIdTwiceToOneCollection_secondReturnsFalse_butOtherCollectionAccepts() {
    CapturedRequest a = capture("a", T0, "GET", "https://example.com/");

    boolean first = collections.add("One", Organize.FLAT, FolderPath.ROOT, a);
    boolean again = collections.add("One", Organize.FLAT, FolderPath.ROOT, a);
    boolean other = collections.add("Two", Organize.FLAT, FolderPath.ROOT, a);
    boolean history = store.history().add(a, 10);

    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(other).isTrue();
    assertThat(history).isTrue();
    assertThat(collections.items("One"))
        .singleElement()
        .extracting(CollectionItem::folder)
        .isEqualTo(FolderPath.ROOT);
  }

  @Test
  void list_severalCollections_sortedByNameWithCounts() {
    collections.create("b", Organize.FLAT);
    collections.add(
        "a",
        Organize.HOST,
        FolderPath.of("example.com"),
        capture("x", T0, "GET", "https://example.com/"));

    assertThat(collections.list())
        .containsExactly(
            new CollectionSummary("a", Organize.HOST, 1, T0),
            new CollectionSummary("b", Organize.FLAT, 0, T0));
  }

  @Test
  void rename_existing_movesItems_andRefusesTakenOrMissingNames() {
    collections.add(
        "old", Organize.FLAT, FolderPath.ROOT, capture("x", T0, "GET", "https://example.com/"));
    collections.create("taken", Organize.FLAT);

    boolean renamed = collections.rename("old", "new");

    assertThat(renamed).isTrue();
    assertThat(collections.find("old")).isEmpty();
    assertThat(collections.findRequest("new", "x")).isPresent();
    assertThat(collections.rename("missing", "other")).isFalse();
    assertThatThrownBy(() -> collections.rename("new", "taken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("taken");
  }

  @Test
  void delete_collection_removesItsCapturesHeadersAndBodies() throws SQLException {
    collections.add(
        "gone",
        Organize.HOST,
        FolderPath.of("example.com"),
        capture("x", T0, "POST", "https://example.com/", new RequestBody.Text("body"), 200));

    boolean deleted = collections.delete("gone");

    assertThat(deleted).isTrue();
    assertThat(collections.delete("gone")).isFalse();
    assertThat(collections.items("gone")).isEmpty();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.file())) {
      for (String table :
          new String[] {"capture", "capture_header_list", "capture_body", "folder"}) {
        assertThat(rows(c, table)).as(table).isZero();
      }
    }
  }

  private static long rows(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

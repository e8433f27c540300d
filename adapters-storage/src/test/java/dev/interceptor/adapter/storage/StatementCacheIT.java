package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

class StatementCacheIT {

  private static final String COUNT = "SELECT count(*) FROM capture";

  @TempDir Path dir;

  private Path file;

  @BeforeEach
  void createSchema() {
    file = dir.resolve("interceptor.db");
    SqliteStore.open(file, CLOCK).close();
  }

  @Test
  void prepared_sameSqlInLaterTransactions_returnsTheKeptStatement() {
    try (Database db = open()) {

      PreparedStatement first = db.read(c -> StoreConnection.prepared(c, COUNT));
      PreparedStatement second = db.read(c -> StoreConnection.prepared(c, COUNT));

      assertThat(second).isSameAs(first);
    }
  }

  @Test
  void insert_manyTransactions_reusesTheSameFewStatements() {
    try (Database db = open()) {
      SqliteCaptureHistory history =
          new SqliteCaptureHistory(db, SqliteCaptureHistory.URL_INDEX_BACKLOG);
      // A retention of 1: every add past the first also trims.
      history.add(entry(0), 1);
      history.add(entry(1), 1);
      int afterTwo = db.read(c -> ((StoreConnection) c).statements().size());

      for (int i = 2; i < 200; i++) {
        history.add(entry(i), 1);
      }
      int afterMany = db.read(c -> ((StoreConnection) c).statements().size());

      assertThat(afterMany).isEqualTo(afterTwo).isBetween(3, StatementCache.CAPACITY / 2);
    }
  }

  @Test
  void settingsRevision_readManyTimes_preparesItsStatementOnce() {
    try (Database db = open()) {
      SqliteSettingsStore settings = new SqliteSettingsStore(db, Settings.defaults(Set.of()));
      settings.load();
      int before = db.read(c -> ((StoreConnection) c).statements().size());

      long first = settings.revision();
      int afterOne = db.read(c -> ((StoreConnection) c).statements().size());
      for (int i = 0; i < 50; i++) {
        assertThat(settings.revision()).isEqualTo(first);
      }
      int afterMany = db.read(c -> ((StoreConnection) c).statements().size());

      assertThat(afterOne).isEqualTo(before + 1);
      assertThat(afterMany).isEqualTo(afterOne);
    }
  }

  @Test
  void write_statementFailsInsideWork_cacheIsClearedAndNextWorkPreparesAfresh()
      throws SQLException {
    try (Database db = open()) {
      PreparedStatement kept = db.read(c -> StoreConnection.prepared(c, COUNT));

      assertThatThrownBy(() -> db.write(StatementCacheIT::orphanHeader))
          .isInstanceOf(StoreException.class);
      PreparedStatement after = db.read(c -> StoreConnection.prepared(c, COUNT));

      assertThat(kept.isClosed()).isTrue();
      assertThat(after).isNotSameAs(kept);
      long captures = db.read(c -> count(StoreConnection.prepared(c, COUNT)));
      assertThat(captures).isZero();
    }
  }

  @Test
  void prepared_moreSqlTextsThanCapacity_keepsCapacityAndClosesTheLeastRecentlyUsed()
      throws SQLException {
    try (Database db = open()) {

      PreparedStatement eldest = db.read(c -> StoreConnection.prepared(c, "SELECT 0"));
      db.read(
          c -> {
            for (int i = 1; i <= StatementCache.CAPACITY; i++) {
              StoreConnection.prepared(c, "SELECT " + i);
            }
            return null;
          });

      int kept = db.read(c -> ((StoreConnection) c).statements().size());
      assertThat(kept).isEqualTo(StatementCache.CAPACITY);
      assertThat(eldest.isClosed()).isTrue();
    }
  }

  @Test
  void close_database_closesKeptStatements() throws SQLException {
    Database db = open();
    PreparedStatement kept = db.read(c -> StoreConnection.prepared(c, COUNT));

    db.close();

    assertThat(kept.isClosed()).isTrue();
  }

  @Test
  void add_manyBatchesWithOneRolledBack_keepsEveryOtherCaptureWhole() {
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {

      for (int batch = 0; batch < 10; batch++) {
        int first = batch * 50;
        Runnable adds =
            () ->
                IntStream.range(first, first + 50)
                    .forEach(i -> store.history().add(entry(i), 1000));
        if (batch == 4) {
          assertThatThrownBy(
                  () ->
                      store
                          .transactions()
                          .run(
                              () -> {
                                adds.run();
                                throw new IllegalStateException("host stopped mid-batch");
                              }))
              .isInstanceOf(IllegalStateException.class);
        } else {
          store.transactions().run(adds);
        }
      }

      assertThat(store.history().count()).isEqualTo(450);
      assertThat(store.history().find("c200")).isEmpty();
      assertThat(store.history().find("c249")).isEmpty();
      for (int i : new int[] {0, 199, 250, 499}) {
        assertThat(store.history().find("c" + i)).contains(entry(i));
      }
    }
  }

  @Test
  void write_joinedWorkFailsAndCallerGoesOn_laterKeptStatementsStillWrite() {
    try (Database db = open()) {

      SqliteCaptureHistory history =
          new SqliteCaptureHistory(db, SqliteCaptureHistory.URL_INDEX_BACKLOG);
      db.write(
          c -> {
            history.add(entry(1), 100);
            assertThatThrownBy(() -> db.write(c2 -> orphanHeader(c2)))
                .isInstanceOf(StoreException.class);
            history.add(entry(3), 100);
            return null;
          });
    }

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.history().find("c1")).contains(entry(1));
      assertThat(store.history().find("c3")).contains(entry(3));
      assertThat(store.history().count()).isEqualTo(2);
    }
  }

  /** A header row without its capture: the foreign key fails while the kept statement runs. */
  private static Void orphanHeader(Connection c) throws SQLException {
    StoreConnection.prepared(
            c,
            "INSERT INTO capture_header_list (capture_seq, request, response)"
                + " VALUES (999, X'', X'')")
        .executeUpdate();
    return null;
  }

  private static CapturedRequest entry(int i) {
    return capture(
        "c" + i,
        T0.plusMillis(i),
        "POST",
        "https://api.example.com/v1/orders/" + i,
        new RequestBody.Text("{\"order\":" + i + "}"),
        200);
  }

  private static long count(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private Database open() {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    try {
      return new Database(
          file,
          new StoreConnection("jdbc:sqlite:" + file, file.toString(), config.toProperties()),
          Duration.ofSeconds(5));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

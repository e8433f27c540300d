package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreIT {

  @TempDir Path dir;

  @Test
  void open_newDirectory_createsDirectoryOwnerOnlyAndFilesOwnerOnly() throws IOException {
    Path dataDir = DataDirectory.prepare(dir.resolve("a/b/interceptor"));

    try (SqliteStore store = SqliteStore.openIn(dataDir, CLOCK)) {
      store.history().add(capture("c1", T0, "GET", "https://example.com/"), 10);

      assertThat(posix(dataDir)).isEqualTo("rwx------");
      assertThat(posix(dataDir.resolve("interceptor.db"))).isEqualTo("rw-------");
      assertThat(posix(dataDir.resolve("interceptor.db-wal"))).isEqualTo("rw-------");
      assertThat(posix(dataDir.resolve("interceptor.db-shm"))).isEqualTo("rw-------");
    }
  }

  @Test
  void open_existingFileReadableByOthers_isMadeOwnerOnly() throws IOException {
    Path file = dir.resolve("shared.db");
    SqliteStore.open(file, CLOCK).close();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    SqliteStore.open(file, CLOCK).close();

    assertThat(posix(file)).isEqualTo("rw-------");
  }

  @Test
  void open_newDatabase_usesWalForeignKeysAndLatestSchema() throws SQLException {
    Path file = dir.resolve("interceptor.db");

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.schemaVersion()).isEqualTo(SqliteStore.latestSchemaVersion());
    }

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
    }
  }

  @Test
  void open_databaseFromNewerVersion_refusedNamingBothVersionsAndLeftUntouched() throws Exception {
    Path file = dir.resolve("newer.db");
    int newer = SqliteStore.latestSchemaVersion() + 1;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE future (x INTEGER)");
      s.execute("PRAGMA user_version = " + newer);
    }
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> SqliteStore.open(file, CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("schema version " + newer)
        .hasMessageContaining("up to " + SqliteStore.latestSchemaVersion())
        .hasMessageNotContaining("\n");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(dir.resolve("newer.db-wal")).doesNotExist();
  }

  @Test
  void open_fileThatIsNotADatabase_failsOneLineAndLeavesItUntouched() throws IOException {
    Path file = dir.resolve("interceptor.db");
    byte[] garbage =
        "these are notes, not a database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    Files.write(file, garbage);

    assertThatThrownBy(() -> SqliteStore.open(file, CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged")
        .hasMessageContaining("interceptor db backup")
        .hasMessageNotContaining("\n");

    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void open_databaseWithDamagedPages_failsOneLineNamingRecovery() throws IOException, SQLException {
    Path file = filledDatabase("damaged.db");
    // The schema's own pages past the first: every open reads them, wherever the layout puts them.
    overwrite(file, (schemaOverflowPage(file) - 1) * 4096L);

    assertThatThrownBy(() -> SqliteStore.open(file, CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("damaged")
        .hasMessageContaining("interceptor db backup")
        .hasMessageNotContaining("\n");
  }

  @Test
  void integrityCheck_damagedDataPages_reportsProblems() throws IOException {
    Path file = filledDatabase("damaged-data.db");
    overwrite(file, Files.size(file) - 4 * 4096);

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.integrityCheck()).isNotEmpty();
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void open_unreadableFile_failsOneLineNamingTheFile() throws IOException {
    Path file = dir.resolve("locked-away.db");
    SqliteStore.open(file, CLOCK).close();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as root: permissions do not apply");

    assertThatThrownBy(() -> SqliteStore.open(file, CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("readable and writable")
        .hasMessageNotContaining("\n");
  }

  @Test
  void write_lockHeldByAnotherProgram_failsAfterWaitWithOneLine() throws SQLException {
    Path file = dir.resolve("busy.db");
    try (SqliteStore store = SqliteStore.open(file, CLOCK, Duration.ofMillis(300));
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");

      assertThatThrownBy(
              () -> store.history().add(capture("c1", T0, "GET", "https://example.com/"), 10))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("locked by another program")
          .hasMessageNotContaining("\n");

      s.execute("ROLLBACK");
      assertThat(store.history().add(capture("c1", T0, "GET", "https://example.com/"), 10))
          .isTrue();
    }
  }

  @Test
  void write_lockReleasedWithinWait_succeedsWithoutError() throws Exception {
    Path file = dir.resolve("wait.db");
    try (SqliteStore store = SqliteStore.open(file, CLOCK);
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = other.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      Thread releaser =
          new Thread(
              () -> {
                try {
                  Thread.sleep(700);
                  s.execute("COMMIT");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      releaser.start();

      boolean added = store.history().add(capture("c1", T0, "GET", "https://example.com/"), 10);

      releaser.join();
      assertThat(added).isTrue();
      assertThat(store.history().count()).isEqualTo(1);
    }
  }

  @Test
  void integrityCheck_soundDatabase_reportsNothing() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("ok.db"), CLOCK)) {
      store.history().add(capture("c1", T0, "GET", "https://example.com/"), 10);

      assertThat(store.integrityCheck()).isEmpty();
    }
  }

  @Test
  void backupTo_newFile_copiesDataOwnerOnly() throws IOException {
    Path backup = dir.resolve("backup.db");
    try (SqliteStore store = SqliteStore.open(dir.resolve("main.db"), CLOCK)) {
      store.history().add(capture("c1", T0, "GET", "https://example.com/a"), 10);
      store.cookieJar().put(TestData.cookie("sid", "v", "example.com", true, "/", null));

      store.backupTo(backup);
    }

    assertThat(posix(backup)).isEqualTo("rw-------");
    try (SqliteStore copy = SqliteStore.open(backup, CLOCK)) {
      assertThat(copy.history().find("c1")).isPresent();
      assertThat(copy.cookieJar().all()).hasSize(1);
      assertThat(copy.integrityCheck()).isEmpty();
    }
  }

  @Test
  void backupTo_existingFile_refusedAndFileKept() throws IOException {
    Path existing = Files.writeString(dir.resolve("precious.db"), "keep me");
    try (SqliteStore store = SqliteStore.open(dir.resolve("main.db"), CLOCK)) {

      assertThatThrownBy(() -> store.backupTo(existing))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("already exists");
    }

    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  @Test
  void open_reopened_keepsData() {
    Path file = dir.resolve("again.db");
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      store.history().add(capture("c1", T0, "GET", "https://example.com/"), 10);
    }

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.history().count()).isEqualTo(1);
    }
  }

  private static String posix(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static String pragma(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private Path filledDatabase(String name) {
    Path file = dir.resolve(name);
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      store
          .transactions()
          .run(
              () -> {
                for (int i = 0; i < 300; i++) {
                  store
                      .history()
                      .add(
                          capture("c" + i, T0.plusSeconds(i), "GET", "https://example.com/" + i),
                          1000);
                }
              });
    }
    return file;
  }

  private static long schemaOverflowPage(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT min(pageno) FROM dbstat WHERE name = 'sqlite_schema' AND pageno > 1")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Overwrites four pages from {@code offset} with junk, leaving the header page intact. */
  private static void overwrite(Path file, long offset) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] junk = new byte[4096 * 4];
      Arrays.fill(junk, (byte) 0x5A);
      raf.seek(Math.max(4096, offset));
      raf.write(junk);
    }
  }
}

package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.capture;
import static dev.interceptor.adapter.storage.TestData.idsWithUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.cookie.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every released schema version, filled with that version's sample data ({@code
 * db/fixture/V<n>__sample.sql}), must open in the newest code with the data still there. A new
 * migration adds its own sample file; the table of versions grows by itself.
 */
class SchemaMigrationIT {

  @TempDir Path dir;

  static IntStream everyVersion() {
    return IntStream.rangeClosed(0, SchemaMigrator.latestVersion());
  }

  @ParameterizedTest(name = "from version {0}")
  @MethodSource("everyVersion")
  void open_databaseAtVersion_migratesToLatestAndKeepsEarlierData(int version)
      throws SQLException, IOException {
    Path file = dir.resolve("v" + version + ".db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("BEGIN");
      // Each version's data is written under that version's schema, triggers included.
      for (int v = 1; v <= version; v++) {
        SchemaMigrator.applyUpTo(c, v);
        for (String sql : fixture(v)) {
          s.execute(sql);
        }
      }
      s.execute("COMMIT");
    }

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {

      assertThat(store.schemaVersion()).isEqualTo(SqliteStore.latestSchemaVersion());
      assertThat(store.integrityCheck()).isEmpty();
      if (version >= 1) {
        CapturedRequest v1 = store.history().find("fixture-v1").orElseThrow();
        assertThat(v1.body()).isEqualTo(new RequestBody.Text("{\"a\":\"b\"}"));
        assertThat(v1.response()).isNotNull();
        assertThat(v1.response().status()).isEqualTo(201);
        assertThat(v1.requestHeaders())
            .containsExactly(new HttpHeader("Content-Type", "application/json"));
        assertThat(store.cookieJar().all()).extracting(Cookie::name).contains("fixture-v1");
        assertThat(store.settings().load().historyRetention()).isEqualTo(1234);
      }
      if (version >= 2) {
        assertThat(store.settings().resyncRequestsSince(0)).contains("fixture-v2.example.com");
      }
      if (version >= 1) {
        // Found through the URL index, which version 4 filled from the rows already there.
        assertThat(idsWithUrl(store, "V1/ITEMS", 10)).containsExactly("fixture-v1");
      }
      if (version >= 3) {
        assertThat(idsWithUrl(store, "search?q=trigram", 10)).containsExactly("fixture-v3");
      }
      if (version >= 4) {
        assertThat(idsWithUrl(store, "orders/77", 10)).containsExactly("fixture-v4");
      }
      if (version >= 5) {
        assertThat(store.history().find("fixture-v5").orElseThrow().body())
            .isEqualTo(new RequestBody.Text("abcdef"));
      }
      if (version >= 6) {
        assertThat(idsWithUrl(store, "invoices/88", 10)).containsExactly("fixture-v6");
      }
      if (version >= 7) {
        assertThat(idsWithUrl(store, "receipts/99", 10)).containsExactly("fixture-v7");
      }
      if (version >= 8) {
        assertThat(idsWithUrl(store, "refunds/111", 10)).containsExactly("fixture-v8");
        // Read one at a time and in a batch: both readers decode what version 9 joined.
        CapturedRequest v8 = store.history().find("fixture-v8").orElseThrow();
        assertThat(store.history().findAll(List.of("fixture-v8"))).containsExactly(v8);
        assertThat(v8.requestHeaders())
            .containsExactly(
                new HttpHeader("Accept", "*/*"), new HttpHeader("X-Ünïcode", "wert: 12:3 ✓"));
        assertThat(v8.response().headers())
            .containsExactly(
                new HttpHeader("Set-Cookie", "a=1; Path=/"), new HttpHeader("X-Empty", ""));
      }
      if (version >= 9) {
        CapturedRequest v9 = store.history().find("fixture-v9").orElseThrow();
        assertThat(v9.requestHeaders()).isEmpty();
        assertThat(v9.response().headers())
            .containsExactly(new HttpHeader("Date", "Tue, 30 Apr 2024 10:05:00 GMT"));
      }
      if (version >= 10) {
        assertThat(idsWithUrl(store, "payouts/131", 10)).containsExactly("fixture-v10");
      }
      // Every entry there before version 10 stays in the URL index: the mark is the newest of
      // them, the sample entry of the version (version 2 added none; version 10 is above it).
      long newestBefore10 = version == 0 ? 0 : 1000 + Math.min(version == 2 ? 1 : version, 9);
      assertThat(UrlIndexContents.mark(file)).isEqualTo(newestBefore10);
      // Found above the mark, whatever the version.
      store.history().add(capture("added", T0, "GET", "https://added.test/after/migration"), 100);
      assertThat(idsWithUrl(store, "after/migration", 10)).containsExactly("added");
      assertThat(store.history().count()).isEqualTo(historyRows(file));
    }
    UrlIndexContents.assertHoldsHistoryUpToMark(file);
    // Every database, whatever version it came from, trims History at the same cost.
    assertThat(urlIndexDefinition(file)).contains("detail = none");
    assertThat(urlIndexConfig(file, "deletemerge")).isEqualTo(50);
    assertThat(urlIndexConfig(file, "automerge")).isEqualTo(16);
  }

  @Test
  void migrations_everyResource_isListedInVersionOrderWithoutGaps() throws Exception {
    List<String> resources = migrationResources();

    List<SchemaMigrator.Migration> listed = SchemaMigrator.MIGRATIONS;

    assertThat(listed).extracting(SchemaMigrator.Migration::resource).isEqualTo(resources);
    for (int i = 0; i < listed.size(); i++) {
      assertThat(listed.get(i).version()).isEqualTo(i + 1);
      assertThat(listed.get(i).resource()).startsWith("V" + (i + 1) + "__");
      assertThat(SchemaMigrator.statements(listed.get(i))).isNotEmpty();
    }
  }

  @Test
  void fixtures_oneSampleFilePerVersion() {
    everyVersion()
        .filter(v -> v >= 1)
        .forEach(
            v ->
                assertThat(getClass().getClassLoader().getResource(fixtureName(v)))
                    .as("sample data for schema version " + v)
                    .isNotNull());
  }

  private static String urlIndexDefinition(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_schema WHERE name = 'capture_url'")) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  private static long urlIndexConfig(Path file, String key) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement ps = c.prepareStatement("SELECT v FROM capture_url_config WHERE k = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  private static long historyRows(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM capture WHERE collection_id IS NULL")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> migrationResources() throws URISyntaxException, IOException {
    URI directory = SchemaMigrator.class.getClassLoader().getResource("db/migration").toURI();
    // Integration tests may run against the packaged jar rather than the classes directory.
    try (FileSystem jar =
            directory.getScheme().equals("jar")
                ? FileSystems.newFileSystem(directory, Map.of())
                : null;
        Stream<Path> files = Files.list(Path.of(directory))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted((a, b) -> Integer.compare(versionOf(a), versionOf(b)))
          .toList();
    }
  }

  private static int versionOf(String resource) {
    return Integer.parseInt(resource.substring(1, resource.indexOf("__")));
  }

  private static String fixtureName(int version) {
    return "db/fixture/V" + version + "__sample.sql";
  }

  private static List<String> fixture(int version) throws IOException {
    try (InputStream in =
        SchemaMigrationIT.class.getClassLoader().getResourceAsStream(fixtureName(version))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Stream.of(text.replaceAll("(?m)^--.*$", "").split(";\\s*\n"))
          .map(String::strip)
          .filter(sql -> !sql.isEmpty())
          .toList();
    }
  }
}

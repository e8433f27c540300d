package dev.interceptor.adapter.storage;

import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema to the newest version, forward only. The version is SQLite's {@code
 * PRAGMA user_version}; each migration is a resource {@code db/migration/V<n>__<name>.sql}, applied
 * in its own transaction with the version it sets, so a crash leaves a whole version or none.
 */
final class SchemaMigrator {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

  /** One schema step; a migration resource never changes once released. */
  record Migration(int version, String resource) {}

  /** Every migration, oldest first; a new version adds a line here and a resource. */
  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(1, "V1__init.sql"),
          new Migration(2, "V2__resync_requests.sql"),
          new Migration(3, "V3__history_count.sql"),
          new Migration(4, "V4__history_url_index.sql"),
          new Migration(5, "V5__body_chunks.sql"),
          new Migration(6, "V6__url_index_delete_merge.sql"),
          new Migration(7, "V7__url_index_added_by_store.sql"),
          new Migration(8, "V8__url_index_rebuilt.sql"),
          new Migration(9, "V9__headers_in_one_row.sql"),
          new Migration(10, "V10__history_kept_by_store.sql"));

  private SchemaMigrator() {}

  static int latestVersion() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }

  /** Applies every missing migration, each in its own write transaction. */
  static void migrate(Database db) {
    for (Migration migration : MIGRATIONS) {
      db.write(
          c -> {
            // Read inside the write lock: another process may have migrated meanwhile.
            int current = userVersion(c);
            if (current > latestVersion()) {
              throw newerVersion(db.file(), current);
            }
            if (current < migration.version()) {
              apply(c, migration);
              log.info("migrated {} to schema version {}", db.file(), migration.version());
            }
            return null;
          });
    }
  }

  /** Applies migrations up to {@code version} on a connection already in a transaction. */
  static void applyUpTo(Connection c, int version) throws SQLException {
    int current = userVersion(c);
    for (Migration migration : MIGRATIONS) {
      if (migration.version() > current && migration.version() <= version) {
        apply(c, migration);
      }
    }
  }

  static int userVersion(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  static StoreException newerVersion(Path file, int found) {
    return new StoreException(
        "the Interceptor database "
            + file
            + " has schema version "
            + found
            + ", written by a newer Interceptor; this one knows versions up to "
            + latestVersion()
            + ": upgrade Interceptor (the file was not changed)");
  }

  private static void apply(Connection c, Migration migration) throws SQLException {
    try (Statement statement = c.createStatement()) {
      for (String sql : statements(migration)) {
        statement.execute(sql);
      }
      statement.execute("PRAGMA user_version = " + migration.version());
    }
  }

  /** The migration's statements: comment lines dropped, split at a semicolon ending a line. */
  static List<String> statements(Migration migration) {
    String text = resourceText("db/migration/" + migration.resource());
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        statements.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException(
          "migration " + migration.resource() + " ends without a semicolon");
    }
    return statements;
  }

  private static String resourceText(String name) {
    try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing schema migration resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema migration resource " + name, e);
    }
  }
}

package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The named counters of {@code store_counter}: History's entries, the URL index's mark and the
 * settings revision. One kept statement for each kind of access, whatever the counter.
 */
final class StoreCounters {

  private static final String READ = "SELECT value FROM store_counter WHERE name = ?";

  private static final String ADD = "UPDATE store_counter SET value = value + ? WHERE name = ?";

  private static final String SET = "UPDATE store_counter SET value = ? WHERE name = ?";

  private StoreCounters() {}

  /** The counter's value; 0 when the schema has no such counter. */
  static long read(Connection c, String name) throws SQLException {
    PreparedStatement ps = StoreConnection.prepared(c, READ);
    ps.setString(1, name);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0L;
    }
  }

  /** Adds {@code delta}, which may be negative, to the counter. */
  static void add(Connection c, String name, long delta) throws SQLException {
    update(c, ADD, delta, name);
  }

  static void set(Connection c, String name, long value) throws SQLException {
    update(c, SET, value, name);
  }

  private static void update(Connection c, String sql, long value, String name)
      throws SQLException {
    PreparedStatement ps = StoreConnection.prepared(c, sql);
    ps.setLong(1, value);
    ps.setString(2, name);
    ps.executeUpdate();
  }
}

package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The History entries not yet in the URL index {@code capture_url}: those with a sequence number
 * above the mark {@code url_index_through} (schema version 10). Once a transaction that added to
 * History has trimmed it, the store indexes every entry above the mark when more than {@code bound}
 * are there, all in one statement, and raises the mark to the newest entry. An entry trimmed while
 * still above the mark never costs the index anything: with a retention up to the bound, none is
 * ever indexed. A search tests the entries above the mark itself, so the bound also bounds that
 * work.
 */
final class UrlIndexBacklog {

  static final String MARK = "url_index_through";

  private static final String NEWEST = "SELECT ifnull(max(seq), 0) FROM capture";

  private static final String OLDEST_ABOVE =
      "SELECT seq FROM capture WHERE seq > ? AND collection_id IS NULL ORDER BY seq LIMIT 1";

  private static final String COUNT_ABOVE =
      "SELECT count(*) FROM (SELECT 1 FROM capture WHERE seq > ? AND collection_id IS NULL"
          + " LIMIT ?)";

  private static final String INDEX_ABOVE =
      "INSERT INTO capture_url (rowid, url)"
          + " SELECT seq, url FROM capture WHERE seq > ? AND collection_id IS NULL";

  /** Of the oldest History entries, oldest first up to a number, those at or below the mark. */
  private static final String OLDEST_INDEXED =
      "SELECT seq FROM capture WHERE seq IN (SELECT seq FROM capture WHERE collection_id IS NULL"
          + " ORDER BY time_us ASC, seq ASC LIMIT ?) AND seq <= ?";

  private static final String REMOVE = "DELETE FROM capture_url WHERE rowid = ?";

  private UrlIndexBacklog() {}

  /**
   * Takes the oldest {@code count} History entries out of the index, those of them it holds, before
   * a trim deletes them: the entries the trim picks, by the same order.
   */
  static void removeOldest(Connection c, long count) throws SQLException {
    long mark = mark(c);
    List<Long> indexed = new ArrayList<>();
    PreparedStatement oldest = StoreConnection.prepared(c, OLDEST_INDEXED);
    oldest.setLong(1, count);
    oldest.setLong(2, mark);
    try (ResultSet rs = oldest.executeQuery()) {
      while (rs.next()) {
        indexed.add(rs.getLong(1));
      }
    }

    PreparedStatement remove = StoreConnection.prepared(c, REMOVE);
    for (long seq : indexed) {
      remove.setLong(1, seq);
      remove.executeUpdate();
    }
  }

  /** Indexes the entries above the mark when more than {@code bound} are there. */
  static void catchUp(Connection c, int bound) throws SQLException {
    long mark = mark(c);
    long newest = single(c, NEWEST);
    if (newest - mark <= bound) {
      return;
    }

    // Trimming removed the oldest entries above the mark; no History entry lies between the mark
    // and the oldest one left, so the mark moves up to it and the entries counted next are few.
    long oldest = single(c, OLDEST_ABOVE, mark);
    long raised = oldest == 0 ? newest : oldest - 1;
    if (newest - raised > bound && countAbove(c, raised, bound) > bound) {
      PreparedStatement index = StoreConnection.prepared(c, INDEX_ABOVE);
      index.setLong(1, raised);
      index.executeUpdate();
      raised = newest;
    }
    if (raised != mark) {
      StoreCounters.set(c, MARK, raised);
    }
  }

  /** The sequence number up to which every History entry is in the index. */
  static long mark(Connection c) throws SQLException {
    return StoreCounters.read(c, MARK);
  }

  private static long countAbove(Connection c, long mark, int bound) throws SQLException {
    PreparedStatement ps = StoreConnection.prepared(c, COUNT_ABOVE);
    ps.setLong(1, mark);
    ps.setInt(2, bound + 1);
    return first(ps);
  }

  private static long single(Connection c, String sql, long parameter) throws SQLException {
    PreparedStatement ps = StoreConnection.prepared(c, sql);
    ps.setLong(1, parameter);
    return first(ps);
  }

  private static long single(Connection c, String sql) throws SQLException {
    return first(StoreConnection.prepared(c, sql));
  }

  /** The first column of the first row, or 0 when there is none. */
  private static long first(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }
}

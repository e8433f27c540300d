package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.port.out.CaptureHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** History: the capture rows without a collection, newest first by capture time. */
final class SqliteCaptureHistory implements CaptureHistory {

  private static final String TRIM = "history-trim";

  private final Database db;

  SqliteCaptureHistory(Database db) {
    this.db = db;
  }

  @Override
  public boolean add(CapturedRequest request, int retention) {
    if (retention < 1) {
      throw new IllegalArgumentException("retention must be at least 1, was " + retention);
    }

    return db.write(
        c -> {
          if (CaptureRows.insert(c, request, null, null).isEmpty()) {
            return false;
          }
          // Once per transaction, with the retention of its last add: the host adds a batch of
          // captures in one transaction, and the rule has to hold only once it commits.
          db.beforeCommit(TRIM, trim -> trim(trim, retention));
          return true;
        });
  }

  /**
   * Deletes the oldest entries beyond the newest {@code retention}; headers and bodies cascade. The
   * count comes from the counter that triggers keep, and only the entries removed are walked, so
   * the cost follows what is deleted rather than the retention.
   */
  private static Void trim(Connection c, int retention) throws SQLException {
    long excess = countHistory(c) - retention;
    if (excess <= 0) {
      return null;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM capture WHERE seq IN (SELECT seq FROM capture"
                + " WHERE collection_id IS NULL ORDER BY time_us ASC, seq ASC LIMIT ?)")) {
      ps.setLong(1, excess);
      ps.executeUpdate();
    }
    return null;
  }

  @Override
  public List<CaptureSummary> list(HistoryQuery query) {
    HistoryQuerySql sql = HistoryQuerySql.of(query);
    return db.read(
        c -> {
          try (PreparedStatement ps = sql.prepare(c)) {
            List<CaptureSummary> page = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                page.add(CaptureRows.summary(rs));
              }
            }
            return page;
          }
        });
  }

  @Override
  public Optional<CapturedRequest> find(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seq FROM capture WHERE collection_id IS NULL AND id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? CaptureRows.load(c, rs.getLong(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public long count() {
    return db.read(SqliteCaptureHistory::countHistory);
  }

  /** The number of entries, from the counter that the schema's triggers keep. */
  private static long countHistory(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT value FROM store_counter WHERE name = 'history_entries'")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public long clear() {
    return db.write(
        c -> {
          long entries = countHistory(c);
          try (Statement statement = c.createStatement()) {
            // Not the update count: sqlite-jdbc's includes the cascaded header and body rows.
            statement.executeUpdate("DELETE FROM capture WHERE collection_id IS NULL");
          }
          return entries;
        });
  }

  @Override
  public List<CapturedRequest> findAll(List<String> ids) {
    return db.read(c -> CaptureBatchReader.history(c, ids));
  }
}

package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The sequence numbers of one write transaction's new {@code capture} rows. SQLite would give a row
 * the number after the highest one, as this does; knowing it up front spares reading it back after
 * every insert ({@code RETURNING} costs a result set per row). The highest number is read once,
 * under the transaction's write lock, so no other connection adds a row meanwhile; every insert
 * into {@code capture} goes through {@link CaptureRows}, which takes its number from here.
 */
final class CaptureSeqs {

  private static final String KEY = "capture-seqs";

  private static final String HIGHEST = "SELECT ifnull(max(seq), 0) FROM capture";

  private long next;

  private CaptureSeqs() {}

  /** The numbers of the transaction of {@code db} that the calling thread is in. */
  static CaptureSeqs of(Database db) {
    return db.perTransaction(KEY, CaptureSeqs.class, CaptureSeqs::new);
  }

  /** The number the next new row gets. */
  long next(Connection c) throws SQLException {
    if (next == 0) {
      PreparedStatement ps = StoreConnection.prepared(c, HIGHEST);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        next = rs.getLong(1) + 1;
      }
    }
    return next;
  }

  /** The number {@link #next} gave is taken by a row now. */
  void taken() {
    next++;
  }
}

package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One transaction's History adds, applied just before it commits and before the trim (schema
 * version 10): they raise History's counter at once, and an entry whose sequence number lies at or
 * below the URL index's mark goes in the index. That happens when the newest rows were deleted and
 * their numbers are given again; any other new entry waits above the mark for {@link
 * UrlIndexBacklog}.
 */
final class HistoryAdds implements SqlWork<Void> {

  private static final String INDEX_URL = "INSERT INTO capture_url (rowid, url) VALUES (?, ?)";

  private final long mark;
  private int count;
  private final List<Long> belowMarkSeqs = new ArrayList<>();
  private final List<String> belowMarkUrls = new ArrayList<>();

  private HistoryAdds(long mark) {
    this.mark = mark;
  }

  /** The adds of the transaction the calling thread is in, registered to run before it commits. */
  static HistoryAdds of(Database db, Connection c) throws SQLException {
    HistoryAdds adds = ifMade(db).orElse(null);
    if (adds == null) {
      long mark = UrlIndexBacklog.mark(c);
      adds =
          db.perTransaction(
              HistoryAdds.class.getName(), HistoryAdds.class, () -> new HistoryAdds(mark));
    }
    return adds;
  }

  /** Entries added so far and not yet counted. */
  int count() {
    return count;
  }

  /** History was cleared in this transaction: the entries added before are gone. */
  void forget() {
    count = 0;
    belowMarkSeqs.clear();
    belowMarkUrls.clear();
  }

  /** The adds of the calling thread's transaction, when it has made any. */
  static Optional<HistoryAdds> ifMade(Database db) {
    return db.perTransactionIfMade(HistoryAdds.class.getName(), HistoryAdds.class);
  }

  void added(long seq, String url) {
    count++;
    if (seq <= mark) {
      belowMarkSeqs.add(seq);
      belowMarkUrls.add(url);
    }
  }

  @Override
  public Void run(Connection c) throws SQLException {
    StoreCounters.add(c, SqliteCaptureHistory.COUNTER, count);
    count = 0;

    if (!belowMarkSeqs.isEmpty()) {
      PreparedStatement index = StoreConnection.prepared(c, INDEX_URL);
      for (int i = 0; i < belowMarkSeqs.size(); i++) {
        index.setLong(1, belowMarkSeqs.get(i));
        index.setString(2, belowMarkUrls.get(i));
        index.executeUpdate();
      }
      belowMarkSeqs.clear();
      belowMarkUrls.clear();
    }
    return null;
  }
}

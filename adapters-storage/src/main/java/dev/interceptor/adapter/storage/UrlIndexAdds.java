package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The URLs of one transaction's History adds, put in the trigram index {@code capture_url} just
 * before it commits (schema V7 dropped the trigger that did it row by row). FTS5 writes what it was
 * given so far to a new index segment whenever a statement opens a savepoint, as an insert into
 * {@code capture} with its foreign keys and triggers does; fed between those inserts, it wrote one
 * segment per entry and spent most of a History add merging them. Fed all at once, it writes one
 * per transaction. Until then a search in the same transaction does not see the new entries.
 */
final class UrlIndexAdds implements SqlWork<Void> {

  private static final String INDEX_URL = "INSERT INTO capture_url (rowid, url) VALUES (?, ?)";

  private final List<Long> seqs = new ArrayList<>();
  private final List<String> urls = new ArrayList<>();

  void add(long seq, String url) {
    seqs.add(seq);
    urls.add(url);
  }

  @Override
  public Void run(Connection c) throws SQLException {
    PreparedStatement ps = StoreConnection.prepared(c, INDEX_URL);
    for (int i = 0; i < seqs.size(); i++) {
      ps.setLong(1, seqs.get(i));
      ps.setString(2, urls.get(i));
      ps.executeUpdate();
    }
    return null;
  }
}

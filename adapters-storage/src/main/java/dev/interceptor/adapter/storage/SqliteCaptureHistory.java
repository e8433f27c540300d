package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.OpenedBody;
import dev.interceptor.core.port.out.CaptureHistory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** History: the capture rows without a collection, newest first by capture time. */
final class SqliteCaptureHistory implements CaptureHistory {

  /** The name of History's entry counter in {@code store_counter}. */
  static final String COUNTER = "history_entries";

  private static final String ADDS = "history-adds";
  private static final String TRIM = "history-trim";
  private static final String INDEX_URLS = "history-url-index";

  /** The sequence numbers of the oldest entries, oldest first, up to a number bound to it. */
  private static final String OLDEST =
      " IN (SELECT seq FROM capture WHERE collection_id IS NULL"
          + " ORDER BY time_us ASC, seq ASC LIMIT ?)";

  /** Trimming History: the oldest entries' rows in every table that refers to them, then them. */
  private static final List<String> TRIM_STATEMENTS =
      List.of(
          "DELETE FROM capture_header_list WHERE capture_seq" + OLDEST,
          "DELETE FROM capture_form_field WHERE capture_seq" + OLDEST,
          "DELETE FROM capture_body_chunk WHERE capture_seq" + OLDEST,
          "DELETE FROM capture_body WHERE capture_seq" + OLDEST,
          "DELETE FROM capture WHERE seq" + OLDEST);

  /**
   * Up to this many URL index hits, a substring search sorts the hits rather than walking History.
   * Sorting 10,000 rows takes a few milliseconds; past it, matches are common enough that walking
   * History newest first meets a page of them early.
   */
  static final int INDEX_HITS_BOUND = 10_000;

  /**
   * The most History entries left out of the URL index before the store indexes them (see {@link
   * UrlIndexBacklog}). Above the default retention of 5,000, so that a History trimmed to it never
   * indexes an entry; and a search tests this many entries itself in a few milliseconds.
   */
  static final int URL_INDEX_BACKLOG = 10_000;

  private final Database db;
  private final int urlIndexBacklog;

  SqliteCaptureHistory(Database db, int urlIndexBacklog) {
    this.db = db;
    this.urlIndexBacklog = urlIndexBacklog;
  }

  @Override
  public boolean add(CapturedRequest request, int retention) {
    if (retention < 1) {
      throw new IllegalArgumentException("retention must be at least 1, was " + retention);
    }

    return db.write(
        c -> {
          OptionalLong seq = CaptureRows.insert(c, CaptureSeqs.of(db), request, null, null);
          if (seq.isEmpty()) {
            return false;
          }
          HistoryAdds adds = HistoryAdds.of(db, c);
          adds.added(seq.getAsLong(), request.url());
          // Each once per transaction, in this order: count the adds, trim with the retention of
          // the last add (the host adds a batch of captures in one transaction, and the rule has to
          // hold only once it commits), then index what the trim left.
          db.beforeCommit(ADDS, adds);
          db.beforeCommit(TRIM, trim -> trim(trim, retention));
          // After the trim, so that no entry it deletes is indexed first.
          db.beforeCommit(
              INDEX_URLS,
              index -> {
                UrlIndexBacklog.catchUp(index, urlIndexBacklog);
                return null;
              });
          return true;
        });
  }

  /**
   * Deletes the oldest entries beyond the newest {@code retention}, with their headers, bodies,
   * body pieces, form fields and URL index entries, and lowers the counter by as many. The count
   * comes from the counter, and only the entries removed are walked, so the cost follows what is
   * deleted rather than the retention.
   */
  private static Void trim(Connection c, int retention) throws SQLException {
    long excess = countHistory(c) - retention;
    if (excess <= 0) {
      return null;
    }

    UrlIndexBacklog.removeOldest(c, excess);

    // Each table's rows of the trimmed entries in one statement, before the entries themselves:
    // the foreign keys' cascade runs a nested program per entry and table, which costs more. The
    // cascade stays, and then finds nothing left. Every statement picks the same entries, since
    // capture does not change until the last one.
    for (String sql : TRIM_STATEMENTS) {
      PreparedStatement ps = StoreConnection.prepared(c, sql);
      ps.setLong(1, excess);
      ps.executeUpdate();
    }

    StoreCounters.add(c, COUNTER, -excess);
    return null;
  }

  @Override
  public List<CaptureSummary> list(HistoryQuery query) {
    return db.read(c -> page(c, choose(c, query)));
  }

  /**
   * The URL index serves a substring that few entries hold; for a common one, walking History
   * newest first finds a page after a few rows, while the index would hand over a large share of
   * History to sort. Counting the index's hits up to a bound tells the two apart.
   */
  private static HistoryQuerySql choose(Connection c, HistoryQuery query) throws SQLException {
    Optional<String> match = HistoryQuerySql.urlIndexMatch(query);
    if (match.isEmpty()) {
      return HistoryQuerySql.of(query);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM (SELECT 1 FROM capture_url WHERE capture_url MATCH ? LIMIT ?)")) {
      ps.setString(1, match.get());
      ps.setInt(2, INDEX_HITS_BOUND + 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) <= INDEX_HITS_BOUND
            ? HistoryQuerySql.viaUrlIndex(query)
            : HistoryQuerySql.of(query);
      }
    }
  }

  private static List<CaptureSummary> page(Connection c, HistoryQuerySql sql) throws SQLException {
    try (PreparedStatement ps = sql.prepare(c)) {
      List<CaptureSummary> page = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          page.add(CaptureRows.summary(rs));
        }
      }
      return page;
    }
  }

  @Override
  public Optional<CapturedRequest> find(String id) {
    return find(id, true);
  }

  @Override
  public Optional<CapturedRequest> findWithoutBody(String id) {
    return find(id, false);
  }

  private Optional<CapturedRequest> find(String id, boolean withBody) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT seq FROM capture WHERE collection_id IS NULL AND id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? CaptureRows.load(c, rs.getLong(1), withBody) : Optional.empty();
            }
          }
        });
  }

  /**
   * A chunked body streams a piece at a time; a body kept in one value (at most 256 KiB, or one
   * stored before version 5) is read whole, as is text kept as UTF-16 code units, which has to be
   * decoded to be written as UTF-8.
   */
  @Override
  public Optional<OpenedBody> openBody(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT c.seq, b.kind, b.chunks, CASE WHEN b.chunks = 0 THEN b.data END"
                      + " FROM capture c JOIN capture_body b ON b.capture_seq = c.seq"
                      + " WHERE c.collection_id IS NULL AND c.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              String kind = rs.getString(2);
              int chunks = rs.getInt(3);
              long seq = rs.getLong(1);
              if (BodyCodec.UTF16.equals(kind)) {
                byte[] data = chunks == 0 ? rs.getBytes(4) : BodyChunks.readAll(c, seq);
                return OpenedBody.of(BodyCodec.decode(kind, data, List.of()));
              }
              // The stored bytes are already the opened form: UTF-8, raw bytes, or URL-encoded.
              InputStream bytes =
                  chunks == 0
                      ? new ByteArrayInputStream(rs.getBytes(4))
                      : new ChunkedBodyStream(db, seq, id, chunks);
              return Optional.of(new OpenedBody(openedKind(kind), bytes));
            }
          }
        });
  }

  private static OpenedBody.Kind openedKind(String kind) {
    if (BodyCodec.BYTES.equals(kind)) {
      return OpenedBody.Kind.BYTES;
    }
    return BodyCodec.FORM.equals(kind) ? OpenedBody.Kind.FORM : OpenedBody.Kind.TEXT;
  }

  /** The entries committed and those the calling thread's transaction has added so far. */
  @Override
  public long count() {
    return db.read(c -> countHistory(c) + HistoryAdds.ifMade(db).map(HistoryAdds::count).orElse(0));
  }

  /** The number of entries, from the counter, as the last commit left it. */
  private static long countHistory(Connection c) throws SQLException {
    return StoreCounters.read(c, COUNTER);
  }

  @Override
  public long clear() {
    return db.write(
        c -> {
          long entries = countHistory(c);
          Optional<HistoryAdds> adds = HistoryAdds.ifMade(db);
          if (adds.isPresent()) {
            entries += adds.get().count();
            adds.get().forget();
          }
          try (Statement statement = c.createStatement()) {
            // Not the update count: sqlite-jdbc's includes the cascaded header and body rows.
            statement.executeUpdate("DELETE FROM capture WHERE collection_id IS NULL");
            // The URL index holds History's entries only.
            statement.executeUpdate("INSERT INTO capture_url (capture_url) VALUES ('delete-all')");
          }
          StoreCounters.set(c, COUNTER, 0);
          return entries;
        });
  }

  @Override
  public List<CapturedRequest> findAll(List<String> ids) {
    return db.read(c -> CaptureBatchReader.history(c, ids));
  }
}

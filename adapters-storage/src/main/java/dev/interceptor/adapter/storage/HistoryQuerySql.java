package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.HistoryQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SELECT for a page of History. It reads only the {@code capture} row, never headers or bodies.
 * {@link #of} walks an index in the listing's order so that the newest page stops early; {@link
 * #viaUrlIndex} starts from the entries whose URL holds the substring, as the trigram index {@code
 * capture_url} finds them, with the newest entries it does not hold yet, and sorts those. Both keep
 * the same {@code LIKE} test, so both return the same rows: the index only narrows the candidates.
 */
final class HistoryQuerySql {

  /** The trigram index needs 3 characters; shorter substrings are only tested with LIKE. */
  static final int MIN_INDEXED_LENGTH = 3;

  /** The most trigrams of one substring a search asks the URL index for. */
  static final int MAX_TRIGRAMS = 32;

  private final String sql;
  private final List<Object> parameters;

  private HistoryQuerySql(String sql, List<Object> parameters) {
    this.sql = sql;
    this.parameters = List.copyOf(parameters);
  }

  /** The query walking the time (or host) index, testing each row. */
  static HistoryQuerySql of(HistoryQuery query) {
    return build(query, "FROM capture WHERE ", List.of());
  }

  /**
   * The query driven by the URL index; only for a query whose {@link #urlIndexMatch} is present.
   * The candidates are the index's hits and every entry not yet indexed, above the mark (see {@link
   * UrlIndexBacklog}). The CROSS JOIN keeps them as the outer loop, whatever the planner would
   * prefer.
   */
  static HistoryQuerySql viaUrlIndex(HistoryQuery query) {
    String match = urlIndexMatch(query).orElseThrow();
    return build(
        query,
        "FROM (SELECT rowid AS hit FROM capture_url WHERE capture_url MATCH ?"
            + " UNION ALL SELECT seq FROM capture WHERE seq > (SELECT value FROM store_counter"
            + " WHERE name = '"
            + UrlIndexBacklog.MARK
            + "')) AS hits CROSS JOIN capture ON capture.seq = hits.hit WHERE ",
        List.of(match));
  }

  /**
   * The FTS5 query for the query's URL substring: each of its trigrams, quoted so that no character
   * of the user's text is read as FTS5 syntax, all required. The index keeps no positions (schema
   * version 8), so it cannot match the substring as a phrase; a URL holding every trigram is only a
   * candidate, and the LIKE test decides. Empty when there is no substring or it is too short.
   */
  static Optional<String> urlIndexMatch(HistoryQuery query) {
    return query
        .urlContains()
        .filter(text -> text.codePointCount(0, text.length()) >= MIN_INDEXED_LENGTH)
        .map(HistoryQuerySql::trigramMatch);
  }

  /**
   * The distinct trigrams of {@code text} (at least 3 code points) ANDed: all of them, or {@link
   * #MAX_TRIGRAMS} spread evenly from the first to the last. Fewer only let more candidates through
   * to the LIKE test.
   */
  static String trigramMatch(String text) {
    int[] codePoints = text.codePoints().toArray();
    int count = codePoints.length - MIN_INDEXED_LENGTH + 1;
    int taken = Math.min(count, MAX_TRIGRAMS);
    Set<String> trigrams = new LinkedHashSet<>();
    for (int i = 0; i < taken; i++) {
      int start = taken == 1 ? 0 : (int) ((long) i * (count - 1) / (taken - 1));
      trigrams.add(new String(codePoints, start, MIN_INDEXED_LENGTH));
    }
    return trigrams.stream()
        .map(t -> '"' + t.replace("\"", "\"\"") + '"')
        .collect(Collectors.joining(" AND "));
  }

  private static HistoryQuerySql build(HistoryQuery query, String source, List<Object> first) {
    StringBuilder where = new StringBuilder("collection_id IS NULL");
    List<Object> parameters = new ArrayList<>(first);

    // A substring, not a pattern: LIKE's wildcards in the user's text are escaped.
    query
        .urlContains()
        .filter(text -> !text.isEmpty())
        .ifPresent(
            text -> {
              where.append(" AND url LIKE ? ESCAPE '\\'");
              parameters.add("%" + escapeLike(text) + "%");
            });
    query
        .method()
        .ifPresent(
            method -> {
              where.append(" AND upper(method) = ?");
              parameters.add(method.toUpperCase(Locale.ROOT));
            });
    query
        .status()
        .ifPresent(
            status -> {
              where.append(" AND status = ?");
              parameters.add(status);
            });
    query
        .host()
        .ifPresent(
            host -> {
              where.append(" AND host = ?");
              parameters.add(host.toLowerCase(Locale.ROOT));
            });
    query
        .from()
        .ifPresent(
            from -> {
              where.append(" AND time_us >= ?");
              parameters.add(Instants.toMicros(from));
            });
    query
        .to()
        .ifPresent(
            to -> {
              where.append(" AND time_us < ?");
              parameters.add(Instants.toMicros(to));
            });

    parameters.add(query.limit());
    parameters.add(query.offset());
    return new HistoryQuerySql(
        "SELECT "
            + CaptureRows.SUMMARY_COLUMNS
            + " "
            + source
            + where
            + " ORDER BY time_us DESC, seq DESC LIMIT ? OFFSET ?",
        parameters);
  }

  String sql() {
    return sql;
  }

  PreparedStatement prepare(Connection c) throws SQLException {
    return bind(c.prepareStatement(sql));
  }

  /** The same query under {@code EXPLAIN QUERY PLAN}, to check which index it uses. */
  PreparedStatement prepareExplain(Connection c) throws SQLException {
    return bind(c.prepareStatement("EXPLAIN QUERY PLAN " + sql));
  }

  private PreparedStatement bind(PreparedStatement ps) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      ps.setObject(i + 1, parameters.get(i));
    }
    return ps;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}

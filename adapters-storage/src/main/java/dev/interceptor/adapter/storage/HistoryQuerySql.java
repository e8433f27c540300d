package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.capture.HistoryQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SELECT for a page of History. It reads only the {@code capture} row, never headers or bodies,
 * and walks an index in the listing's order so that the newest page stops early.
 */
final class HistoryQuerySql {

  private final String sql;
  private final List<Object> parameters;

  private HistoryQuerySql(String sql, List<Object> parameters) {
    this.sql = sql;
    this.parameters = List.copyOf(parameters);
  }

  static HistoryQuerySql of(HistoryQuery query) {
    StringBuilder where = new StringBuilder("collection_id IS NULL");
    List<Object> parameters = new ArrayList<>();

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
            + " FROM capture WHERE "
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

package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepared statements of one connection kept for reuse, by their SQL. Preparing a statement that
 * writes History compiles its triggers and foreign-key checks too, and costs about as much as
 * running it; the hot write paths prepare each of theirs once per connection instead of once per
 * add.
 *
 * <p>Only fixed SQL texts belong here, so the cache stays small; {@link #CAPACITY} is a bound for
 * safety, past which the least recently used statement is closed. Callers never close a statement
 * they got from the cache, and close any result set before they ask for the same SQL again. Used
 * under the {@link Database}'s lock, like the connection itself.
 *
 * <p>sqlite-jdbc finalizes a statement that fails while it runs, yet the statement does not report
 * itself closed; so the {@link Database} {@linkplain #clear clears} the cache after any failure.
 */
final class StatementCache {

  private static final Logger log = LoggerFactory.getLogger(StatementCache.class);

  /** Far more than the store's fixed write statements, so that none in use is ever evicted. */
  static final int CAPACITY = 64;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(16, 0.75f, true);

  StatementCache(Connection connection) {
    this.connection = connection;
  }

  /** The statement for {@code sql}, prepared now or earlier on this connection. */
  PreparedStatement prepared(String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement != null) {
      return statement;
    }

    statement = connection.prepareStatement(sql);
    statements.put(sql, statement);
    if (statements.size() > CAPACITY) {
      String eldest = statements.keySet().iterator().next();
      closeQuietly(statements.remove(eldest));
    }
    return statement;
  }

  /** How many statements are kept now. */
  int size() {
    return statements.size();
  }

  /**
   * Closes every kept statement. After a failure a statement may be finalized, left mid-step or
   * holding the failed work's values; preparing afresh is cheaper than finding out which.
   */
  void clear() {
    List<PreparedStatement> all = new ArrayList<>(statements.values());
    statements.clear();
    all.forEach(StatementCache::closeQuietly);
  }

  private static void closeQuietly(PreparedStatement statement) {
    try {
      statement.close();
    } catch (SQLException e) {
      // Closing only finalizes SQLite's statement; the connection stays usable either way.
      log.debug("closing a kept statement failed: {}", e.getMessage());
    }
  }
}

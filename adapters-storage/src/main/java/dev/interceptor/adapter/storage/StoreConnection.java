package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The store's SQLite connection, with the {@link StatementCache} of its hot write paths. The cache
 * lives and dies with the connection: a reopened store prepares again, against the schema it then
 * finds (SQLite itself re-prepares a kept statement when another process changes the schema).
 */
final class StoreConnection extends JDBC4Connection {

  private final StatementCache statements = new StatementCache(this);

  StoreConnection(String url, String fileName, Properties properties) throws SQLException {
    super(url, fileName, properties);
  }

  /**
   * A statement kept prepared on the store's connection {@code c}; the caller must not close it.
   *
   * @throws IllegalStateException when {@code c} is not a store connection
   */
  static PreparedStatement prepared(Connection c, String sql) throws SQLException {
    if (!(c instanceof StoreConnection)) {
      throw new IllegalStateException("kept statements need the store's own connection");
    }
    return ((StoreConnection) c).statements.prepared(sql);
  }

  StatementCache statements() {
    return statements;
  }

  @Override
  public void close() throws SQLException {
    statements.clear();
    super.close();
  }
}

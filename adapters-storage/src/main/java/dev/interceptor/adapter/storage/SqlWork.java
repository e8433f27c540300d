package dev.interceptor.adapter.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the store's connection, run inside a transaction. */
@FunctionalInterface
interface SqlWork<T> {

  T run(Connection connection) throws SQLException;
}

package dev.interceptor.adapter.storage;

import dev.interceptor.core.port.out.StoreTransactions;
import java.util.function.Supplier;

/** Transactions that every store port of the same {@link SqliteStore} joins on this thread. */
final class SqliteStoreTransactions implements StoreTransactions {

  private final Database db;

  SqliteStoreTransactions(Database db) {
    this.db = db;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return db.inTransaction(work);
  }
}

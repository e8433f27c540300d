package dev.interceptor.adapter.storage;

import dev.interceptor.core.port.out.StoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's one connection and its transactions.
 *
 * <p>Threads of this process take turns on the connection; the thread inside a transaction holds
 * it, and every store call it makes meanwhile joins that transaction. Between processes SQLite's
 * locks decide: a write begins with {@code BEGIN IMMEDIATE}, so it either gets the write lock up
 * front or waits for it (SQLite's busy timeout, then our own retries) until {@code lockWait} has
 * passed; only then does the caller see an error.
 */
final class Database implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Database.class);

  private static final String READ = "BEGIN DEFERRED";

  private final Path file;
  private final StoreConnection connection;
  private final Duration lockWait;
  private final ReentrantLock lock = new ReentrantLock();

  /** How deep the current holder of {@link #lock} is in transactions; guarded by the lock. */
  private int depth;

  /** Work to run once before the outermost transaction commits, by key; guarded by the lock. */
  private final Map<String, SqlWork<?>> beforeCommit = new LinkedHashMap<>();

  /** Told after every write transaction commits; set once, before use. */
  private Runnable writeCommitted = () -> {};

  /** Values kept for the outermost transaction, by key; guarded by the lock. */
  private final Map<String, Object> transactionValues = new HashMap<>();

  Database(Path file, StoreConnection connection, Duration lockWait) {
    this.file = file;
    this.connection = connection;
    this.lockWait = lockWait;
  }

  Path file() {
    return file;
  }

  /** Runs {@code listener} on the committing thread after each write transaction commits. */
  void onWriteCommitted(Runnable listener) {
    this.writeCommitted = listener;
  }

  /** Reads in a transaction of its own, or in the caller's; retried while another holds a lock. */
  <T> T read(SqlWork<T> work) {
    return transaction(READ, work, true);
  }

  /** Writes in a transaction of its own, or in the caller's. */
  <T> T write(SqlWork<T> work) {
    return transaction("BEGIN IMMEDIATE", work, true);
  }

  /**
   * Runs caller's work as one write transaction. The work is not run again on a lock timeout: it
   * may have effects outside the database, so only taking the lock and committing are retried.
   */
  <T> T inTransaction(Supplier<T> work) {
    return transaction("BEGIN IMMEDIATE", c -> work.get(), false);
  }

  /**
   * Runs {@code work} once, at the end of the current outermost transaction, just before it
   * commits. A later call with the same key replaces the earlier one, so a step that many writes of
   * one transaction need (such as trimming History) runs once per transaction. Must be called from
   * inside a transaction.
   */
  void beforeCommit(String key, SqlWork<?> work) {
    if (!lock.isHeldByCurrentThread() || depth == 0) {
      throw new IllegalStateException("beforeCommit needs a transaction on this thread");
    }
    beforeCommit.put(key, work);
  }

  /**
   * The value kept under {@code key} for the current outermost transaction, made by {@code make} on
   * first use; forgotten when the transaction ends, committed or not. Must be called from inside a
   * transaction.
   */
  <V> V perTransaction(String key, Class<V> type, Supplier<V> make) {
    if (!lock.isHeldByCurrentThread() || depth == 0) {
      throw new IllegalStateException("perTransaction needs a transaction on this thread");
    }
    return type.cast(transactionValues.computeIfAbsent(key, k -> make.get()));
  }

  /** The value kept under {@code key} for the current transaction, if any. */
  <V> Optional<V> perTransactionIfMade(String key, Class<V> type) {
    if (!lock.isHeldByCurrentThread() || depth == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(transactionValues.get(key)).map(type::cast);
  }

  /** Runs work outside any transaction (statements that cannot run inside one). */
  <T> T outsideTransaction(SqlWork<T> work) {
    lock.lock();
    try {
      if (depth > 0) {
        throw new IllegalStateException("this store operation cannot run inside a transaction");
      }
      return work.run(connection);
    } catch (SQLException e) {
      connection.statements().clear();
      throw StoreErrors.translate(file, e);
    } finally {
      lock.unlock();
    }
  }

  private <T> T transaction(String begin, SqlWork<T> work, boolean repeatable) {
    lock.lock();
    try {
      if (depth > 0) {
        return work.run(connection);
      }
      return repeatable ? withRetries(begin, work) : once(begin, work);
    } catch (SQLException e) {
      // Also when joining: a caller may catch the store's error and go on with its transaction.
      connection.statements().clear();
      throw StoreErrors.translate(file, e);
    } finally {
      lock.unlock();
    }
  }

  private <T> T withRetries(String begin, SqlWork<T> work) throws SQLException {
    long deadline = System.nanoTime() + lockWait.toNanos();
    int attempt = 0;
    while (true) {
      try {
        return once(begin, work);
      } catch (SQLException e) {
        if (!StoreErrors.isBusy(e) || System.nanoTime() - deadline > 0) {
          throw e;
        }
        attempt++;
        pause(attempt);
      }
    }
  }

  private <T> T once(String begin, SqlWork<T> work) throws SQLException {
    execute(begin, true);
    depth++;
    boolean committed = false;
    try {
      T result = work.run(connection);
      runBeforeCommit();
      execute("COMMIT", true);
      committed = true;
      if (!READ.equals(begin)) {
        writeCommitted.run();
      }
      return result;
    } finally {
      depth--;
      beforeCommit.clear();
      transactionValues.clear();
      if (!committed) {
        connection.statements().clear();
        rollback();
      }
    }
  }

  private void runBeforeCommit() throws SQLException {
    // A step may register further steps; run until none is left.
    while (!beforeCommit.isEmpty()) {
      List<SqlWork<?>> steps = new ArrayList<>(beforeCommit.values());
      beforeCommit.clear();
      for (SqlWork<?> step : steps) {
        step.run(connection);
      }
    }
  }

  /**
   * Runs a statement (kept prepared: every transaction runs one to begin and one to end), waiting
   * out another connection's lock when {@code retryBusy}.
   */
  private void execute(String sql, boolean retryBusy) throws SQLException {
    long deadline = System.nanoTime() + lockWait.toNanos();
    int attempt = 0;
    while (true) {
      try {
        connection.statements().prepared(sql).execute();
        return;
      } catch (SQLException e) {
        connection.statements().clear();
        if (!retryBusy || !StoreErrors.isBusy(e) || System.nanoTime() - deadline > 0) {
          throw e;
        }
        attempt++;
        pause(attempt);
      }
    }
  }

  private void rollback() {
    try {
      execute("ROLLBACK", false);
    } catch (SQLException e) {
      // The transaction is already gone (SQLite rolls back by itself on some errors).
      log.debug("rollback of {} found no transaction: {}", file, e.getMessage());
    }
  }

  private static void pause(int attempt) {
    // SQLite's own busy handler already waited; back off a little more, with jitter.
    long millis = Math.min(200, 5L * attempt) + (long) (Math.random() * 10);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the database lock", e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      // Closes the kept statements first.
      connection.close();
    } catch (SQLException e) {
      throw StoreErrors.translate(file, e);
    } finally {
      lock.unlock();
    }
  }
}

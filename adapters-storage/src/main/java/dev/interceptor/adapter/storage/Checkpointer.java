package dev.interceptor.adapter.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * Copies committed pages from the write-ahead log back into the database file on a thread and a
 * connection of its own. SQLite would otherwise do it on the committing thread, after the commit
 * that fills the log past a size: reading the log, writing the pages and waiting for the file's
 * sync, while no other write can commit. Here the copy runs beside the next transaction, with
 * SQLite's passive checkpoint, which never waits for a lock and never blocks a writer or a reader;
 * the writer's own checkpoint stays as a backstop, at {@link #WRITER_BACKSTOP_PAGES}, for a log
 * this thread cannot keep up with.
 */
final class Checkpointer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

  /** The log size, in pages, at which the committing connection checkpoints by itself. */
  static final int WRITER_BACKSTOP_PAGES = 16_384;

  /** The least time between two checkpoints: each one also syncs the database file. */
  private static final Duration PAUSE = Duration.ofMillis(100);

  private final Path file;
  private final Connection connection;
  private final Thread thread;

  /** A write committed since the last checkpoint began; guarded by this. */
  private boolean due;

  /** Guarded by this. */
  private boolean closed;

  private Checkpointer(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.thread = new Thread(this::run, "store-checkpoint");
    this.thread.setDaemon(true);
  }

  /** Opens a connection of its own to {@code file} and starts the thread. */
  static Checkpointer start(Path file, Properties properties) throws SQLException {
    Checkpointer checkpointer =
        new Checkpointer(
            file, new JDBC4Connection("jdbc:sqlite:" + file, file.toString(), properties));
    checkpointer.thread.start();
    return checkpointer;
  }

  /** A write transaction committed: the log has new pages to copy. */
  synchronized void committed() {
    due = true;
    notifyAll();
  }

  private void run() {
    while (awaitDue()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
      } catch (SQLException e) {
        // Another connection's checkpoint or a reader may hold the log; the next one catches up.
        log.debug("checkpoint of {} deferred: {}", file, e.getMessage());
      }
      pause();
    }
  }

  private synchronized boolean awaitDue() {
    while (!due && !closed) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    due = false;
    return !closed;
  }

  private synchronized void pause() {
    long until = System.nanoTime() + PAUSE.toNanos();
    long left = PAUSE.toMillis();
    while (!closed && left > 0) {
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      left = (until - System.nanoTime()) / 1_000_000;
    }
  }

  /** Stops the thread after the checkpoint it may be running, then closes its connection. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("closing the checkpoint connection of {} failed: {}", file, e.getMessage());
    }
  }
}

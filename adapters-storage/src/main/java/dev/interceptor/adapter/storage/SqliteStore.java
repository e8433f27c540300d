package dev.interceptor.adapter.storage;

import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.port.out.StoreException;
import dev.interceptor.core.port.out.StoreTransactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The Interceptor database: one SQLite file holding History, collections, the cookie jar, settings
 * and host sessions, and the core's store ports over it.
 *
 * <p>{@link #open} creates the file (owner-only on POSIX) or checks it, and migrates its schema
 * forward. The database runs in WAL mode with foreign keys on and full syncs, so several processes
 * (a host per browser profile and the CLI) can use it at once; a process waits for another's write
 * lock for up to 30 seconds before failing. One instance is safe for use by many threads.
 *
 * <p>Every failure is a {@link StoreException} whose message is one line naming the file and the
 * way to recover. sqlite-jdbc's native library is found as that library normally does, so a caller
 * may point {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} at an extracted copy.
 */
public final class SqliteStore implements AutoCloseable {

  /** The database's file name inside the data directory. */
  public static final String FILE_NAME = "interceptor.db";

  static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

  /** SQLite's own wait for a lock, before our retries take over. */
  private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(5);

  private final Database db;
  private final Checkpointer checkpointer;
  private final SqliteStoreTransactions transactions;
  private final SqliteCaptureHistory history;
  private final SqliteCaptureCollections collections;
  private final SqliteCookieJar cookieJar;
  private final SqliteSettingsStore settings;
  private final SqliteHostSessions hostSessions;

  private SqliteStore(
      Database db, Checkpointer checkpointer, Clock clock, Settings firstRun, int urlIndexBacklog) {
    this.db = db;
    this.checkpointer = checkpointer;
    this.transactions = new SqliteStoreTransactions(db);
    this.history = new SqliteCaptureHistory(db, urlIndexBacklog);
    this.collections = new SqliteCaptureCollections(db, clock);
    this.cookieJar = new SqliteCookieJar(db);
    this.settings = new SqliteSettingsStore(db, firstRun);
    this.hostSessions = new SqliteHostSessions(db);
  }

  /** Opens (creating when missing) the database {@link #FILE_NAME} in a data directory. */
  public static SqliteStore openIn(Path dataDirectory, Clock clock) {
    return open(dataDirectory.resolve(FILE_NAME), clock);
  }

  /**
   * Opens the database {@link #FILE_NAME} in a data directory, like {@link #openIn(Path, Clock)};
   * until settings are first saved, {@link #settings()} loads {@code firstRun} (for instance the
   * defaults with the companion extension allowed).
   */
  public static SqliteStore openIn(Path dataDirectory, Clock clock, Settings firstRun) {
    return open(
        dataDirectory.resolve(FILE_NAME),
        clock,
        DEFAULT_LOCK_WAIT,
        firstRun,
        SqliteCaptureHistory.URL_INDEX_BACKLOG);
  }

  /**
   * Opens the database file, creating it and its directory when missing, and migrates its schema.
   *
   * @param clock gives the creation time of collections
   * @throws StoreException when the file is damaged, not a database, unreadable, locked for too
   *     long, or written by a newer version; the file is then left as it was
   */
  public static SqliteStore open(Path file, Clock clock) {
    return open(file, clock, DEFAULT_LOCK_WAIT);
  }

  static SqliteStore open(Path file, Clock clock, Duration lockWait) {
    return open(
        file, clock, lockWait, Settings.defaults(Set.of()), SqliteCaptureHistory.URL_INDEX_BACKLOG);
  }

  /** Opens the file with a URL index that leaves at most {@code backlog} entries out. */
  static SqliteStore openWithUrlIndexBacklog(Path file, Clock clock, int backlog) {
    return open(file, clock, DEFAULT_LOCK_WAIT, Settings.defaults(Set.of()), backlog);
  }

  private static SqliteStore open(
      Path file, Clock clock, Duration lockWait, Settings firstRun, int urlIndexBacklog) {
    Path path = file.toAbsolutePath().normalize();
    DatabaseFile.prepare(path);

    Database db = new Database(path, connect(path, lockWait), lockWait);
    try {
      SchemaMigrator.migrate(db);
      restrictCompanions(path);
      Checkpointer checkpointer = startCheckpointer(path, db);
      return new SqliteStore(db, checkpointer, clock, firstRun, urlIndexBacklog);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /**
   * Moves the copying of the write-ahead log into the database file off the committing thread: the
   * store's connection checkpoints only past the backstop, the checkpointer after every commit.
   */
  private static Checkpointer startCheckpointer(Path path, Database db) {
    SQLiteConfig config = new SQLiteConfig();
    // FULL: the log is only reused once the copied pages are synced to the database file.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    try {
      Checkpointer checkpointer = Checkpointer.start(path, config.toProperties());
      try {
        db.outsideTransaction(
            c -> {
              try (Statement statement = c.createStatement()) {
                statement.execute(
                    "PRAGMA wal_autocheckpoint = " + Checkpointer.WRITER_BACKSTOP_PAGES);
              }
              return null;
            });
      } catch (RuntimeException e) {
        checkpointer.close();
        throw e;
      }
      db.onWriteCommitted(checkpointer::committed);
      return checkpointer;
    } catch (SQLException e) {
      throw StoreErrors.translate(path, e);
    }
  }

  private static StoreConnection connect(Path path, Duration lockWait) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout((int) min(lockWait, BUSY_TIMEOUT).toMillis());
    config.enforceForeignKeys(true);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: a commit survives power loss too, not only a crash of the process.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    // Otherwise sqlite-jdbc prepares and runs a SELECT after every INSERT, for generated keys the
    // store never asks for (it numbers new captures itself, and uses last_insert_rowid() where it
    // needs another row's id).
    config.setGetGeneratedKeys(false);
    try {
      return new StoreConnection("jdbc:sqlite:" + path, path.toString(), config.toProperties());
    } catch (SQLException e) {
      throw StoreErrors.translate(path, e);
    }
  }

  private static void restrictCompanions(Path path) {
    try {
      for (Path companion : DatabaseFile.companions(path)) {
        FilePermissions.restrictFile(companion);
      }
    } catch (IOException e) {
      throw new StoreException(StoreErrors.unreadable(path, e.toString()), e);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The database file, absolute. */
  public Path file() {
    return db.file();
  }

  /**
   * Whether writing {@code candidate} would write over this store: its database or one of the files
   * SQLite keeps beside it, by name or through any link to them. Such a file replaced under a
   * running host would take every later write with it.
   */
  public boolean isOwnFile(Path candidate) {
    return DatabaseFile.isCompanion(db.file(), candidate);
  }

  /** The schema version this code writes. */
  public static int latestSchemaVersion() {
    return SchemaMigrator.latestVersion();
  }

  /** The schema version of the open database. */
  public int schemaVersion() {
    return db.read(SchemaMigrator::userVersion);
  }

  public StoreTransactions transactions() {
    return transactions;
  }

  public CaptureHistory history() {
    return history;
  }

  public CaptureCollections collections() {
    return collections;
  }

  public CookieJar cookieJar() {
    return cookieJar;
  }

  /**
   * The settings; until the first save they are the first-run settings given to {@code openIn}, or
   * the defaults with no allowed extension.
   */
  public SettingsStore settings() {
    return settings;
  }

  public HostSessions hostSessions() {
    return hostSessions;
  }

  /**
   * Runs SQLite's full integrity check.
   *
   * @return the problems found, one line each; empty when the database is sound
   */
  public List<String> integrityCheck() {
    // One statement in its own implicit transaction: after damage is found nothing is left open.
    return db.outsideTransaction(
        c -> {
          List<String> problems = new ArrayList<>();
          try (Statement statement = c.createStatement();
              ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
              problems.add(rs.getString(1));
            }
          } catch (SQLException e) {
            if (!StoreErrors.isDamage(e)) {
              throw e;
            }
            problems.add(String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip());
          }
          return problems.equals(List.of("ok")) ? List.of() : List.copyOf(problems);
        });
  }

  /**
   * Copies the database to a new file with SQLite's online backup, consistent even while other
   * processes write. The copy is owner-only on POSIX.
   *
   * @throws StoreException when {@code target} exists (a backup never overwrites) or the copy
   *     fails; a partial copy is removed
   */
  public void backupTo(Path target) {
    Path path = target.toAbsolutePath().normalize();
    try {
      if (!FilePermissions.createOwnerFile(path)) {
        throw new StoreException(
            "the backup file "
                + path
                + " already exists: choose a new name (backups never overwrite)");
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the backup file " + path + " (" + e + ")", e);
    }

    boolean done = false;
    try {
      int rc =
          db.outsideTransaction(
              c ->
                  c.unwrap(SQLiteConnection.class)
                      .getDatabase()
                      .backup("main", path.toString(), null));
      if (rc != 0) {
        throw new StoreException("the backup to " + path + " failed with SQLite code " + rc);
      }
      done = true;
    } finally {
      if (!done) {
        deleteQuietly(path);
      }
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // The failed backup is reported already; a leftover partial file is named in that report.
      path.toFile().deleteOnExit();
    }
  }

  /** Closes the connection; the ports fail afterwards. */
  @Override
  public void close() {
    // The store's connection closes last: as the last one, it copies what is left and removes the
    // log.
    checkpointer.close();
    db.close();
  }
}

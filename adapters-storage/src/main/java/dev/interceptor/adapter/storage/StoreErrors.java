package dev.interceptor.adapter.storage;

import dev.interceptor.core.port.out.StoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Turns SQLite's errors into one-line {@link StoreException}s that name the file and say how to
 * recover. No message suggests deleting the file: the user's data is in it.
 */
final class StoreErrors {

  // Primary SQLite result codes (https://sqlite.org/rescode.html).
  private static final int SQLITE_PERM = 3;
  private static final int SQLITE_BUSY = 5;
  private static final int SQLITE_LOCKED = 6;
  private static final int SQLITE_READONLY = 8;
  private static final int SQLITE_IOERR = 10;
  private static final int SQLITE_CORRUPT = 11;
  private static final int SQLITE_FULL = 13;
  private static final int SQLITE_CANTOPEN = 14;
  private static final int SQLITE_AUTH = 23;
  private static final int SQLITE_NOTADB = 26;

  private StoreErrors() {}

  /** True for "another connection holds the lock": worth waiting for and trying again. */
  static boolean isBusy(SQLException e) {
    int code = primaryCode(e);
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
  }

  static StoreException translate(Path file, SQLException e) {
    return new StoreException(message(file, e), e);
  }

  static String damaged(Path file, String detail) {
    return "the Interceptor database "
        + file
        + " is damaged ("
        + detail
        + "); it was left as it is: move it aside and restore a copy made with"
        + " `interceptor db backup`, or move it aside to start with an empty database";
  }

  static String unreadable(Path file, String detail) {
    return "cannot read and write the Interceptor database "
        + file
        + " ("
        + detail
        + "): make sure it and its directory belong to you and are readable and writable";
  }

  /** True when SQLite found the file damaged or not a database at all. */
  static boolean isDamage(SQLException e) {
    int code = primaryCode(e);
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
  }

  private static String message(Path file, SQLException e) {
    String detail = oneLine(e.getMessage());
    switch (primaryCode(e)) {
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB:
        return damaged(file, detail);
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        return "the Interceptor database "
            + file
            + " stayed locked by another program: close other programs using it (another"
            + " interceptor command, a sqlite3 shell) and try again";
      case SQLITE_PERM:
      case SQLITE_READONLY:
      case SQLITE_CANTOPEN:
      case SQLITE_AUTH:
        return unreadable(file, detail);
      case SQLITE_FULL:
        return "the disk holding the Interceptor database "
            + file
            + " is full: free some space and try again";
      case SQLITE_IOERR:
        return "input/output error on the Interceptor database "
            + file
            + " ("
            + detail
            + "): check the disk, then run `interceptor db check`";
      default:
        return "the Interceptor database "
            + file
            + " failed ("
            + detail
            + "): run `interceptor db check`, and restore a backup if it reports damage";
    }
  }

  private static int primaryCode(SQLException e) {
    // sqlite-jdbc reports the extended result code; its low byte is the primary code.
    return e.getErrorCode() & 0xff;
  }

  private static String oneLine(@Nullable String text) {
    return text == null ? "no detail" : text.replaceAll("\\s+", " ").strip();
  }
}

package dev.interceptor.adapter.storage;

import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks the database file before SQLite opens it for writing, so that a file this version must not
 * touch (damaged, not a database, from a newer version) is refused while still unchanged.
 */
final class DatabaseFile {

  /** The first 16 bytes of every SQLite 3 database (https://sqlite.org/fileformat.html). */
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private static final int HEADER_SIZE = 100;
  private static final int USER_VERSION_OFFSET = 60;

  private DatabaseFile() {}

  /**
   * Creates the file (and its directory) owner-only when missing; otherwise checks that it is a
   * readable SQLite database of a version this code knows, and takes group and other permissions
   * away from it and its WAL files.
   */
  static void prepare(Path file) {
    try {
      Path directory = file.getParent();
      if (directory != null) {
        FilePermissions.createOwnerDirectory(directory);
      }
      if (FilePermissions.createOwnerFile(file)) {
        return;
      }
      check(file);
      for (Path path : companions(file)) {
        FilePermissions.restrictFile(path);
      }
    } catch (IOException e) {
      throw new StoreException(StoreErrors.unreadable(file, describe(e)), e);
    }
  }

  /** The database file and the write-ahead log files SQLite keeps beside it. */
  static Path[] companions(Path file) {
    return new Path[] {
      file,
      file.resolveSibling(file.getFileName() + "-wal"),
      file.resolveSibling(file.getFileName() + "-shm")
    };
  }

  /**
   * Whether {@code candidate} is one of the {@link #companions} of {@code file}: the same file
   * through any link, or the same name in the same real folder (a companion not there yet).
   */
  static boolean isCompanion(Path file, Path candidate) {
    for (Path own : companions(file)) {
      if (sameFile(own, candidate) || sameName(own, candidate)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The same name in the same real folder: a companion that does not exist yet. */
  private static boolean sameName(Path own, Path candidate) {
    Path ownFolder = own.toAbsolutePath().getParent();
    Path folder = candidate.toAbsolutePath().normalize().getParent();
    Path name = candidate.getFileName();
    if (ownFolder == null || folder == null || name == null || !name.equals(own.getFileName())) {
      return false;
    }
    try {
      return Files.isSameFile(ownFolder, folder);
    } catch (IOException e) {
      return false;
    }
  }

  private static void check(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(StoreErrors.unreadable(file, "not a regular file"));
    }
    if (!Files.isReadable(file) || !Files.isWritable(file)) {
      throw new StoreException(StoreErrors.unreadable(file, "permission denied"));
    }

    byte[] header;
    try (InputStream in = Files.newInputStream(file)) {
      header = in.readNBytes(HEADER_SIZE);
    }
    if (header.length == 0) {
      // An empty file is a database with nothing in it yet (SQLite treats it so).
      return;
    }
    if (header.length < HEADER_SIZE
        || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new StoreException(StoreErrors.damaged(file, "not an SQLite database"));
    }

    // The header may lag a version committed to the WAL; the migrator checks again under lock.
    int version = ByteBuffer.wrap(header, USER_VERSION_OFFSET, 4).getInt();
    if (version > SchemaMigrator.latestVersion()) {
      throw SchemaMigrator.newerVersion(file, version);
    }
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }
}

package dev.interceptor.adapter.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only permissions for the data directory (0700) and the database files (0600) where the file
 * system is POSIX; elsewhere (Windows) the user's profile folder already keeps others out.
 */
final class FilePermissions {

  static final Set<PosixFilePermission> OWNER_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

  private FilePermissions() {}

  /** Creates the directory (and missing parents) when absent; a directory we create is 0700. */
  static void createOwnerDirectory(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    Path parent = directory.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      Files.createDirectory(directory);
    } catch (FileAlreadyExistsException e) {
      // Another process created it first; it is theirs to have set up.
      return;
    }
    restrict(directory, OWNER_DIRECTORY);
  }

  /** Creates an empty file readable by its owner only; false when it already existed. */
  static boolean createOwnerFile(Path file) throws IOException {
    try {
      if (isPosix(file)) {
        // Created owner-only from the first byte; the umask can only take bits away.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      return false;
    }
    restrict(file, OWNER_FILE);
    return true;
  }

  /** Takes group and other permissions away from a file, if it exists. */
  static void restrictFile(Path file) throws IOException {
    if (Files.exists(file)) {
      restrict(file, OWNER_FILE);
    }
  }

  private static boolean isPosix(Path path) {
    Path directory = path.toAbsolutePath().getParent();
    return directory != null
        && Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
  }

  private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
    // Set explicitly after creation: a permission attribute given at creation is cut by the umask.
    if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }
}

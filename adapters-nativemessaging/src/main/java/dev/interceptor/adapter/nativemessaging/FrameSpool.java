package dev.interceptor.adapter.nativemessaging;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The folder where a host copies a large frame from the browser instead of holding it in memory
 * ({@code spool/} in the data directory), owner-only like the rest of the data directory.
 *
 * <p>Each file is named after the process that wrote it, so that a host starting beside others
 * removes only the files of hosts that are gone ({@link #removeLeftovers()}); a host removes its
 * own once the message it carried is stored or refused. Thread safe.
 */
public final class FrameSpool {

  /** The folder's name inside the data directory. */
  public static final String FOLDER_NAME = "spool";

  private static final String SUFFIX = ".frame";

  private final Path directory;

  private FrameSpool(Path directory) {
    this.directory = directory;
  }

  /** The spool in {@code dataDirectory}; nothing is created until a large frame arrives. */
  public static FrameSpool in(Path dataDirectory) {
    return new FrameSpool(dataDirectory.resolve(FOLDER_NAME));
  }

  /** Where the files are kept. */
  public Path directory() {
    return directory;
  }

  /**
   * Removes the files left by hosts that are no longer running (a host killed while it held a
   * frame), and returns how many it removed. Files it cannot remove are left for the next host.
   */
  public int removeLeftovers() {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : files) {
        Optional<Long> writer = writer(file);
        boolean running = writer.isPresent() && ProcessHandle.of(writer.get()).isPresent();
        if (!running && delete(file)) {
          removed++;
        }
      }
    } catch (IOException e) {
      // A folder that cannot be listed now is looked at again by the next host.
      return removed;
    }
    return removed;
  }

  /**
   * A new empty file for a frame of this process, readable by its owner only; the folder is created
   * (owner-only) when missing, inside an existing data directory.
   */
  Path newFile() throws IOException {
    createDirectory();
    // Files.createTempFile makes a file that only its owner may read or write (0600).
    return Files.createTempFile(directory, ProcessHandle.current().pid() + "-", SUFFIX);
  }

  /** Removes a file of this spool; false when it could not be removed (it was already gone). */
  static boolean delete(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      return false;
    }
  }

  private void createDirectory() throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    boolean posix =
        Files.getFileAttributeView(directory.getParent(), PosixFileAttributeView.class) != null;
    try {
      if (posix) {
        Files.createDirectory(
            directory,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        // Set again: a permission given at creation is cut by the umask.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      } else {
        Files.createDirectory(directory);
      }
    } catch (FileAlreadyExistsException e) {
      // Another host created it first.
      return;
    }
  }

  private static Optional<Long> writer(Path file) {
    String name = file.getFileName().toString();
    int dash = name.indexOf('-');
    try {
      return dash > 0 ? Optional.of(Long.parseLong(name.substring(0, dash))) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}

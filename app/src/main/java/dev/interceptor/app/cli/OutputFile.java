package dev.interceptor.app.cli;

import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * A file a command writes ({@code db backup}, exports with {@code -o}): it appears whole or not at
 * all, and replaces an existing file only when asked. The content is written under a hidden name
 * beside the destination and renamed into place once complete. Every problem with the destination
 * is a one-line {@link ExitCode#OUTPUT} failure naming the destination, never the temporary file,
 * and saying what to do.
 */
final class OutputFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private OutputFile() {}

  /** Fills the temporary file the destination will become. */
  @FunctionalInterface
  interface Filler {
    void fill(Path temp) throws IOException;
  }

  /**
   * Checks the destination {@code given} (by {@code option}; {@code example}, when not empty, is a
   * file name to suggest when a folder was given), lets {@code filler} fill a new temporary file,
   * and moves it into place.
   */
  static void write(Path given, String option, String example, boolean force, Filler filler) {
    if (given.toString().isBlank()) {
      throw new CliFailure(ExitCode.OUTPUT, option + " needs a file name");
    }
    Path target = given.toAbsolutePath().normalize();
    Path dir = checkedFolder(target, example, force);
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");

    boolean moved = false;
    try {
      filler.fill(temp);
      move(temp, target, force);
      moved = true;
    } catch (StoreException e) {
      if (e.getCause() instanceof IOException io) {
        throw new CliFailure(ExitCode.OUTPUT, describe(target, dir, io));
      }
      throw e;
    } catch (IOException e) {
      throw new CliFailure(ExitCode.OUTPUT, describe(target, dir, e));
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  private static Path checkedFolder(Path target, String example, boolean force) {
    if (Files.isDirectory(target)) {
      throw new CliFailure(
          ExitCode.OUTPUT,
          target
              + " is a folder: give a file name"
              + (example.isEmpty() ? "" : ", e.g. " + target.resolve(example)));
    }
    if (!force && Files.exists(target)) {
      throw new CliFailure(ExitCode.OUTPUT, exists(target));
    }
    Path dir = target.getParent();
    if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CliFailure(
          ExitCode.OUTPUT, "cannot write " + target + ": " + dir + " is a file, not a folder");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliFailure(
          ExitCode.OUTPUT,
          "cannot write " + target + ": the folder " + dir + " does not exist; create it first");
    }
    if (!Files.isWritable(dir)) {
      throw new CliFailure(ExitCode.OUTPUT, denied(target, dir));
    }
    return dir;
  }

  private static void move(Path temp, Path target, boolean force) throws IOException {
    if (!force) {
      // A rename without REPLACE_EXISTING refuses a file that appeared while the copy ran.
      try {
        Files.move(temp, target);
      } catch (FileAlreadyExistsException e) {
        throw new CliFailure(ExitCode.OUTPUT, exists(target));
      }
      return;
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String exists(Path target) {
    return target + " exists: choose another file, or pass --force to replace it";
  }

  private static String denied(Path target, Path dir) {
    return "cannot write "
        + target
        + ": permission denied in "
        + dir
        + "; choose a folder you can"
        + " write to";
  }

  // The exception's own message names the temporary file, which the user never asked for.
  private static String describe(Path target, Path dir, IOException e) {
    if (e instanceof AccessDeniedException) {
      return denied(target, dir);
    }
    if (e instanceof NoSuchFileException) {
      return "cannot write " + target + ": no file can be created in " + dir;
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot write " + target + ": " + f.getReason();
    }
    String message = e.getMessage();
    return "cannot write " + target + (message == null ? "" : ": " + message);
  }

  /**
   * Creates {@code temp} readable by its owner only where the file system has POSIX permissions,
   * since an export may hold secrets, and opens it for writing.
   */
  static OutputStream createOwnerOnly(Path temp) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(temp);
    }
    return Files.newOutputStream(temp);
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The write's own failure is what the user needs to hear; the temporary file is hidden.
      temp.toFile().deleteOnExit();
    }
  }
}

package dev.interceptor.app.cli;

import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The file {@code db backup} writes: it appears whole or not at all, and replaces an existing file
 * only when asked. The copy is made under a hidden name beside the destination and renamed into
 * place once complete. Every problem with the destination is a one-line {@link ExitCode#OUTPUT}
 * failure saying what to do.
 */
final class BackupFile {

  private BackupFile() {}

  /**
   * Checks {@code target}, lets {@code copy} fill a new temporary file, and moves it into place.
   */
  static void write(Path target, boolean force, Consumer<Path> copy) {
    Path dir = checkedFolder(target, force);
    Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");

    boolean moved = false;
    try {
      copy.accept(temp);
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

  private static Path checkedFolder(Path target, boolean force) {
    if (Files.isDirectory(target)) {
      throw new CliFailure(
          ExitCode.OUTPUT,
          target + " is a folder: name the backup file, e.g. " + target.resolve("interceptor.db"));
    }
    if (!force && Files.exists(target)) {
      throw new CliFailure(ExitCode.OUTPUT, exists(target));
    }
    Path dir = target.getParent();
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

  private static String describe(Path target, Path dir, IOException e) {
    if (e instanceof AccessDeniedException) {
      return denied(target, dir);
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "cannot write " + target + ": " + f.getReason();
    }
    return "cannot write " + target + ": " + e.getMessage();
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The backup's own failure is what the user needs to hear; the temporary file is hidden.
      temp.toFile().deleteOnExit();
    }
  }
}

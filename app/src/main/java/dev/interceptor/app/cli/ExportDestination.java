package dev.interceptor.app.cli;

import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.core.port.out.ExportException;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where an export goes: stdout, or a file that appears whole or not at all. The file is written
 * beside its destination under a temporary name and moved into place only when the export has
 * succeeded, so a failure never leaves half a file; an existing file is replaced only when asked.
 */
final class ExportDestination {

  static final String OUTPUT_OPTION = "-o";
  static final String OUTPUT_HELP = "Write to FILE instead of stdout.";
  static final String FORCE_HELP = "Replace FILE when it exists.";

  private final CliPrinter printer;
  private final Provider<SqliteStore> store;

  @Inject
  ExportDestination(CliPrinter printer, Provider<SqliteStore> store) {
    this.printer = printer;
    this.store = store;
  }

  /** Runs {@code export} on stdout when {@code file} is null, otherwise on the file. */
  void write(@Nullable Path file, boolean force, Consumer<OutputStream> export) {
    if (file == null) {
      try (OutputStream out = printer.bytes()) {
        export.accept(out);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write to stdout: " + e.getMessage(), e);
      }
      return;
    }
    Path target = file.toAbsolutePath().normalize();
    refuseStoreFile(target);
    writeFile(target, force, export);
  }

  /** Refuses a file that is the store or one of its companions, even through a link. */
  private void refuseStoreFile(Path target) {
    Path folder = store.get().file().toAbsolutePath().getParent();
    if (folder != null && SqliteStore.isStoreFile(folder, target)) {
      throw new CliFailure(
          ExitCode.OUTPUT,
          target + " is Interceptor's store (" + folder + "): choose another file");
    }
  }

  private static void writeFile(Path target, boolean force, Consumer<OutputStream> export) {
    if (!force && Files.exists(target)) {
      throw new CliFailure(
          ExitCode.OUTPUT, target + " exists: choose another file, or pass --force to replace it");
    }
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliFailure(ExitCode.OUTPUT, "cannot write " + target + ": no such directory");
    }

    Path temp = createTemp(dir, target);
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        export.accept(out);
      }
      move(temp, target, force);
      moved = true;
    } catch (IOException e) {
      throw new ExportException("cannot write " + target + ": " + describe(e), e);
    } finally {
      if (!moved) {
        deleteQuietly(temp);
      }
    }
  }

  private static Path createTemp(Path dir, Path target) {
    try {
      return Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    } catch (IOException e) {
      throw new ExportException("cannot write in " + dir + ": " + describe(e), e);
    }
  }

  private static void move(Path temp, Path target, boolean force) throws IOException {
    if (!force) {
      // A rename without REPLACE_EXISTING refuses a file that appeared while the export ran.
      try {
        Files.move(temp, target);
      } catch (FileAlreadyExistsException e) {
        throw new CliFailure(
            ExitCode.OUTPUT,
            target + " exists: choose another file, or pass --force to replace it");
      }
      return;
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // The export's own failure is what the user needs to hear; the temp file is hidden.
      temp.toFile().deleteOnExit();
    }
  }
}

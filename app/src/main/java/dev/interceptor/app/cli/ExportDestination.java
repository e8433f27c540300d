package dev.interceptor.app.cli;

import dev.interceptor.adapter.storage.SqliteStore;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where an export goes: stdout, or a file that appears whole or not at all ({@link OutputFile}), so
 * a failure never leaves half a file; an existing file is replaced only when asked. {@code -o -} is
 * stdout, as for most command-line tools.
 */
final class ExportDestination {

  static final String OUTPUT_OPTION = "-o";
  static final String OUTPUT_HELP = "Write to FILE instead of stdout; '-' means stdout.";
  static final String STDOUT = "-";
  static final String FORCE_HELP = "Replace FILE when it exists.";

  private final CliPrinter printer;
  private final Provider<SqliteStore> store;

  @Inject
  ExportDestination(CliPrinter printer, Provider<SqliteStore> store) {
    this.printer = printer;
    this.store = store;
  }

  /** True when the export goes to stdout: without {@code -o}, or with {@code -o -}. */
  static boolean isStdout(@Nullable Path file) {
    return file == null || file.toString().equals(STDOUT);
  }

  /**
   * Runs {@code export} on stdout when {@code file} is null or {@code -}, otherwise on the file.
   */
  void write(@Nullable Path file, boolean force, Consumer<OutputStream> export) {
    if (isStdout(file)) {
      try (OutputStream out = printer.bytes()) {
        export.accept(out);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write to stdout: " + e.getMessage(), e);
      }
      return;
    }
    refuseStoreFile(file.toAbsolutePath().normalize());
    OutputFile.write(
        file,
        OUTPUT_OPTION,
        "",
        force,
        temp -> {
          try (OutputStream out = OutputFile.createOwnerOnly(temp)) {
            export.accept(out);
          }
        });
  }

  /** Refuses a file that is the store or one of its companions, even through a link. */
  private void refuseStoreFile(Path target) {
    SqliteStore opened = store.get();
    if (opened.isOwnFile(target)) {
      throw new CliFailure(
          ExitCode.OUTPUT,
          target + " is Interceptor's store (" + opened.file() + "): choose another file");
    }
  }
}

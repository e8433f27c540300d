package dev.interceptor.app.cli;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an export says once it is done. On stdout the export itself is the output, so the summary
 * goes to stderr; with {@code -o} it is the command's result, as text or JSON.
 */
final class ExportReport {

  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  ExportReport(CliPrinter printer, JsonOutput jsonOutput) {
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  /** Requests were exported, with their secrets kept or redacted. */
  void requests(
      @Nullable Path file, String format, long count, boolean includeSecrets, boolean json) {
    String secrets = includeSecrets ? " with secrets kept" : " with secrets redacted";
    report(file, format, count, "request", secrets, includeSecrets, json);
  }

  /** Cookies were exported; their values are what a cookie export is for. */
  void cookies(@Nullable Path file, String format, long count, boolean json) {
    report(file, format, count, "cookie", "", true, json);
  }

  private void report(
      @Nullable Path file,
      String format,
      long count,
      String noun,
      String note,
      boolean includeSecrets,
      boolean json) {
    String what = Formats.count(count, noun, noun + "s") + " as " + format;
    if (ExportDestination.isStdout(file)) {
      printer.note("exported " + what + note);
      return;
    }

    Path written = Objects.requireNonNull(file).toAbsolutePath().normalize();
    if (json) {
      jsonOutput.print(new Exported(written.toString(), format, count, includeSecrets));
    } else {
      printer.line("Exported " + what + " to " + written + note + ".");
    }
  }

  /** What an export to a file prints with {@code --json}. */
  record Exported(String file, String format, long count, boolean includeSecrets) {}
}

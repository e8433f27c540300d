package dev.interceptor.app.cli;

import dev.interceptor.adapter.storage.SqliteStore;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor db}: the store's health and copies. */
@Command(
    name = "db",
    description = "Check the store for damage, or copy it safely while it is in use.",
    footerHeading = "%nExample:%n",
    footer = "  interceptor db check")
final class DbCommand {

  private final Provider<SqliteStore> store;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  DbCommand(Provider<SqliteStore> store, CliPrinter printer, JsonOutput jsonOutput) {
    this.store = store;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  @Command(
      name = "check",
      description = {
        "Run SQLite's integrity check on the store.",
        "Exits with 3 when the store is damaged or cannot be opened."
      },
      footerHeading = "%nExample:%n",
      footer = "  interceptor db check --json")
  int check(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    SqliteStore opened = store.get();
    List<String> problems = opened.integrityCheck();

    if (json) {
      jsonOutput.print(new Checked(opened.file().toString(), problems.isEmpty(), problems));
    } else if (problems.isEmpty()) {
      printer.line("The store " + opened.file() + " is sound.");
    } else {
      problems.forEach(printer::error);
      printer.error(
          "the store "
              + opened.file()
              + " is damaged: restore a copy made with `interceptor db backup`, or move it"
              + " aside to start with an empty store");
    }
    return problems.isEmpty() ? ExitCode.OK.code() : ExitCode.STORE.code();
  }

  @Command(
      name = "backup",
      description = {
        "Copy the store to a new file, consistent even while browsers write to it.",
        "The copy appears whole or not at all. Exits with 5 when FILE exists (without --force)"
            + " or cannot be written."
      },
      footerHeading = "%nExample:%n",
      footer = "  interceptor db backup ~/interceptor-backup.db")
  int backup(
      @Parameters(paramLabel = "FILE", description = "The copy to create.") Path file,
      @Option(names = "--force", description = "Replace FILE when it exists.") boolean force,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    Path copy = file.toString().isBlank() ? file : file.toAbsolutePath().normalize();
    SqliteStore opened = store.get();
    if (opened.isOwnFile(copy)) {
      throw new CliFailure(
          ExitCode.OUTPUT, copy + " is the store itself: choose another file for the copy");
    }

    OutputFile.write(copy, "db backup", "interceptor-backup.db", force, opened::backupTo);

    if (json) {
      jsonOutput.print(new BackedUp(opened.file().toString(), copy.toString()));
    } else {
      printer.line("Copied the store " + opened.file() + " to " + copy + ".");
    }
    return ExitCode.OK.code();
  }

  /** What {@code db check --json} prints. */
  record Checked(String file, boolean sound, List<String> problems) {}

  /** What {@code db backup --json} prints. */
  record BackedUp(String file, String copy) {}
}

package dev.interceptor.app.cli;

import dev.interceptor.core.port.out.CaptureHistory;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor history}: the rolling History of kept requests. */
@Command(
    name = "history",
    description = "Browse History, where kept requests go unless a collection is the target.",
    subcommands = {HistoryListCommand.class, HistoryShowCommand.class, HistoryExportCommand.class},
    footerHeading = "%nExample:%n",
    footer = "  interceptor history list --host api.example.com --limit 20")
final class HistoryCommand {

  private final CaptureHistory history;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  HistoryCommand(CaptureHistory history, CliPrinter printer, JsonOutput jsonOutput) {
    this.history = history;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  @Command(
      name = "clear",
      description = "Remove every History entry; collections are not touched.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor history clear --yes")
  int clear(
      @Option(names = "--yes", required = true, description = "Confirm: the entries are gone.")
          boolean confirmed,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    long removed = history.clear();

    if (json) {
      jsonOutput.print(new Cleared(removed));
    } else {
      printer.line("Removed " + Formats.count(removed, "entry", "entries") + " from History.");
    }
    return ExitCode.OK.code();
  }

  /** What {@code history clear --json} prints. */
  record Cleared(long removed) {}
}

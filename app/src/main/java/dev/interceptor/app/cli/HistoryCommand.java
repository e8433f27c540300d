package dev.interceptor.app.cli;

import dev.interceptor.core.port.in.ChangeSettingsCommand.SetHistoryRetention;
import dev.interceptor.core.port.out.CaptureHistory;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor history}: the rolling History of kept requests. */
@Command(
    name = "history",
    description = "Browse History, where kept requests go unless a collection is the target.",
    subcommands = {HistoryListCommand.class, HistoryShowCommand.class, HistoryExportCommand.class},
    footerHeading = "%nExample:%n",
    footer = "  interceptor history list --host api.example.com --limit 20")
final class HistoryCommand {

  private final CaptureHistory history;
  private final SettingsChanges changes;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  HistoryCommand(
      CaptureHistory history, SettingsChanges changes, CliPrinter printer, JsonOutput jsonOutput) {
    this.history = history;
    this.changes = changes;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  @Command(
      name = "keep",
      description =
          "Keep the newest N History entries: each new entry past N removes the oldest one."
              + " Lowering N removes the extra entries as the next ones arrive.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor history keep 20000")
  int keep(
      @Parameters(
              paramLabel = "N",
              converter = WholeNumber.AtLeastOne.class,
              description = "How many entries History keeps (5000 in a new store).")
          int entries,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    long held = history.count();

    return changes.apply(
        new SetHistoryRetention(entries),
        json,
        s -> {
          printer.line(
              "History keeps the newest "
                  + Formats.count(s.historyRetention(), "entry", "entries")
                  + "; it holds "
                  + Formats.count(held, "entry", "entries")
                  + " now.");
          if (held > s.historyRetention()) {
            printer.line("The oldest ones go as new entries arrive.");
          }
        });
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

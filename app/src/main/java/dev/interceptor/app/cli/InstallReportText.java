package dev.interceptor.app.cli;

import dev.interceptor.adapter.installer.InstallItem;
import dev.interceptor.adapter.installer.InstallOutcome;
import dev.interceptor.adapter.installer.InstallReport;
import dev.interceptor.adapter.installer.ItemChange;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Prints an install or uninstall report for people: one table row per item, then a summary. */
final class InstallReportText {

  /** Which command the report comes from, for the summary line. */
  enum Action {
    INSTALL,
    UNINSTALL
  }

  private final CliPrinter printer;

  @Inject
  InstallReportText(CliPrinter printer) {
    this.printer = printer;
  }

  /** {@link ExitCode#OK} when every item succeeded or was unchanged. */
  static ExitCode exitCode(InstallReport report) {
    return report.outcome() == InstallOutcome.COMPLETED ? ExitCode.OK : ExitCode.PROBLEM;
  }

  void print(InstallReport report, Action action) {
    if (report.outcome() == InstallOutcome.REFUSED) {
      printer.error(report.message());
      return;
    }

    Table table = Table.of("BROWSER", "ITEM", "RESULT", "LOCATION", "NOTE");
    for (InstallItem item : report.items()) {
      table.row(
          item.browser().isEmpty() ? "(all)" : item.browser(),
          lower(item.kind().name()),
          change(item.change()),
          item.location(),
          item.detail());
    }
    table.print(printer);
    for (String warning : report.warnings()) {
      printer.line("warning: " + warning);
    }
    printer.line("");
    printer.line(summary(report, action));
  }

  private String summary(InstallReport report, Action action) {
    Map<ItemChange, Integer> counts = new EnumMap<>(ItemChange.class);
    report.items().forEach(item -> counts.merge(item.change(), 1, Integer::sum));
    StringJoiner parts = new StringJoiner(", ");
    counts.forEach((change, count) -> parts.add(count + " " + lower(change.name())));

    if (report.outcome() == InstallOutcome.PARTIAL) {
      return printer.bad("Not everything could be done")
          + " ("
          + parts
          + "): see the NOTE column of the failed or refused items.";
    }
    if (action == Action.UNINSTALL) {
      return printer.good("Uninstalled") + " (" + parts + ").";
    }
    return printer.good("Installed")
        + " ("
        + parts
        + "). Next: load the extension (chrome://extensions, Developer mode, Load unpacked,"
        + " choose the extension/ folder), then run 'interceptor doctor'.";
  }

  // No colour inside the table: escape codes would throw its columns out of line.
  private static String change(ItemChange change) {
    String name = lower(change.name());
    return change.isProblem() ? name.toUpperCase(Locale.ROOT) : name;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

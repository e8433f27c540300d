package dev.interceptor.app.cli;

import dev.interceptor.core.model.session.HostSession;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor status}: connected browsers, capture, cookie sync and History at a glance. */
@Command(
    name = "status",
    description = "Show connected browsers, capture settings, sync domains and History size.",
    footerHeading = "%nExample:%n",
    footer = "  interceptor status --json")
final class StatusCommand implements Callable<Integer> {

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  private final SettingsStore settings;
  private final HostSessions sessions;
  private final CaptureHistory history;
  private final SyncDomainRows domains;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;
  private final Clock clock;

  @Inject
  StatusCommand(
      SettingsStore settings,
      HostSessions sessions,
      CaptureHistory history,
      SyncDomainRows domains,
      CliPrinter printer,
      JsonOutput jsonOutput,
      Clock clock) {
    this.settings = settings;
    this.sessions = sessions;
    this.history = history;
    this.domains = domains;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Settings current = settings.load();
    List<HostSession> live = sessions.live();
    long entries = history.count();

    if (json) {
      jsonOutput.print(
          new StatusView(
              live.stream().map(StatusView.SessionView::of).toList(),
              SettingsView.CaptureView.of(current),
              current.cookieSync().enabled(),
              domains.views(current.cookieSync()),
              entries,
              current.historyRetention()));
      return ExitCode.OK.code();
    }

    printSessions(live);
    printer.line("");
    printer.line(printer.bold("Capture") + "      " + onOff(current.capture().enabled()));
    printer.line("  keeps      " + SettingsText.filter(current.capture().filter()));
    printer.line("  saves to   " + SettingsText.target(current.capture().target()));
    printer.line(
        "  History    "
            + Formats.count(entries, "entry", "entries")
            + " (keeps the newest "
            + current.historyRetention()
            + ")");
    printer.line("");
    printer.line(printer.bold("Cookie sync") + "  " + onOff(current.cookieSync().enabled()));
    domains.print(current.cookieSync(), printer);
    return ExitCode.OK.code();
  }

  private void printSessions(List<HostSession> live) {
    if (live.isEmpty()) {
      printer.line(printer.bold("Browsers") + "     none connected");
      return;
    }

    printer.line(printer.bold("Browsers") + "     " + live.size() + " connected");
    Table table =
        Table.of("BROWSER", "PROFILE", "SINCE", "LAST MESSAGE", "STORED", "DROPPED", "COOKIES");
    for (HostSession s : live) {
      table.row(
          s.browser(),
          s.profile(),
          Formats.time(s.connectedSince(), clock.getZone()),
          Formats.time(s.lastMessage(), clock.getZone()),
          Long.toString(s.capturesStored()),
          Long.toString(s.capturesDropped()),
          Long.toString(s.cookieEvents()));
    }
    table.print(printer);
  }

  private String onOff(boolean enabled) {
    return enabled ? printer.good("on") : printer.dim("off");
  }
}

package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.port.out.CaptureHistory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor history list}: a page of History, newest first. */
@Command(
    name = "list",
    description = "List History entries, newest first, without headers or bodies.",
    footerHeading = "%nExample:%n",
    footer = "  interceptor history list --method POST --status 500 --json")
final class HistoryListCommand implements Callable<Integer> {

  @Option(names = "--url", paramLabel = "TEXT", description = "Only URLs containing TEXT.")
  @Nullable String urlContains;

  @Option(names = "--method", paramLabel = "METHOD", description = "Only this method.")
  @Nullable String method;

  @Option(
      names = "--status",
      paramLabel = "CODE",
      converter = WholeNumber.HttpStatus.class,
      description = "Only this response status.")
  @Nullable Integer status;

  @Option(names = "--host", paramLabel = "HOST", description = "Only this host (exact).")
  @Nullable String host;

  @Option(
      names = "--limit",
      paramLabel = "N",
      converter = WholeNumber.AtLeastOne.class,
      defaultValue = "50",
      description = "At most N entries (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      converter = WholeNumber.AtLeastZero.class,
      defaultValue = "0",
      description = "Skip the newest N entries first.")
  int offset;

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  private final CaptureHistory history;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;
  private final Clock clock;

  @Inject
  HistoryListCommand(
      CaptureHistory history, CliPrinter printer, JsonOutput jsonOutput, Clock clock) {
    this.history = history;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    List<CaptureSummary> page = history.list(query());

    if (json) {
      jsonOutput.print(page.stream().map(SummaryView::of).toList());
      return ExitCode.OK.code();
    }
    if (page.isEmpty()) {
      printer.line("No History entries match.");
      return ExitCode.OK.code();
    }
    Table table = Table.of("ID", "TIME", "METHOD", "STATUS", "TYPE", "URL");
    for (CaptureSummary s : page) {
      table.row(
          s.id(),
          Formats.time(s.time(), clock.getZone()),
          s.method(),
          Formats.orDash(s.status()),
          s.resourceType().wireName(),
          s.url());
    }
    table.print(printer);
    return ExitCode.OK.code();
  }

  private HistoryQuery query() {
    return new HistoryQuery(
        Optional.ofNullable(urlContains),
        Optional.ofNullable(method),
        Optional.ofNullable(status),
        Optional.ofNullable(host).map(h -> h.strip().toLowerCase(Locale.ROOT)),
        Optional.empty(),
        Optional.empty(),
        offset,
        limit);
  }

  /** One History entry as {@code --json} prints it. */
  record SummaryView(
      String id,
      String time,
      String method,
      String url,
      String host,
      @Nullable Integer status,
      long bodySize,
      String resourceType) {

    static SummaryView of(CaptureSummary s) {
      return new SummaryView(
          s.id(),
          s.time().toString(),
          s.method(),
          s.url(),
          s.host(),
          s.status(),
          s.bodySize(),
          s.resourceType().wireName());
    }
  }
}

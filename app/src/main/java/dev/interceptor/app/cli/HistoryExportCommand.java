package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.RequestExportFormat;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor history export}: History entries as HAR, Postman or cURL. */
@Command(
    name = "export",
    description = {
      "Export History entries, newest first, as HAR 1.2, a Postman v2.1 collection or cURL"
          + " commands. Entries captured after the export starts are left out.",
      "Secret values (Cookie, Authorization, token-like headers and query parameters) are"
          + " replaced by REDACTED unless --include-secrets is given."
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor history export --format har --host api.example.com -o api.har")
final class HistoryExportCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "har, postman or curl.")
  String format = "";

  @Option(
      names = {ExportDestination.OUTPUT_OPTION, "--output"},
      paramLabel = "FILE",
      description = ExportDestination.OUTPUT_HELP)
  @Nullable Path file;

  @Option(names = "--force", description = ExportDestination.FORCE_HELP)
  boolean force;

  @Option(names = "--include-secrets", description = "Keep secret values in the export.")
  boolean includeSecrets;

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
      converter = WholeNumber.AtLeastOneLong.class,
      description = "At most the newest N entries (default: all).")
  @Nullable Long limit;

  @Option(names = JsonOutput.OPTION, description = "With -o, print a JSON summary for scripts.")
  boolean json;

  private final CaptureHistory history;
  private final ExportFormats formats;
  private final ExportDestination destination;
  private final ExportReport report;
  private final Clock clock;

  @Inject
  HistoryExportCommand(
      CaptureHistory history,
      ExportFormats formats,
      ExportDestination destination,
      ExportReport report,
      Clock clock) {
    this.history = history;
    this.formats = formats;
    this.destination = destination;
    this.report = report;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    RequestExportFormat chosen = formats.request(format);

    CountingRequests requests =
        new CountingRequests(
            new HistoryPages(history, query(), limit == null ? Long.MAX_VALUE : limit));
    destination.write(
        file,
        force,
        out -> chosen.export(new RequestExport("History", requests, includeSecrets), out));

    report.requests(file, chosen.name(), requests.count(), includeSecrets, json);
    return ExitCode.OK.code();
  }

  private HistoryQuery query() {
    // The upper bound keeps entries captured during the export from shifting its pages. Capture
    // times are the browser's (or a HAR's), so an entry may be dated after now: the bound is the
    // later of now and the newest entry's time.
    Instant bound =
        history.list(HistoryQuery.newest(1)).stream()
            .map(CaptureSummary::time)
            .filter(newest -> newest.isAfter(clock.instant()))
            .findFirst()
            .orElse(clock.instant());
    return new HistoryQuery(
        Optional.ofNullable(urlContains),
        Optional.ofNullable(method),
        Optional.ofNullable(status),
        Optional.ofNullable(host).map(h -> h.strip().toLowerCase(Locale.ROOT)),
        Optional.empty(),
        Optional.of(bound.plus(Duration.ofMillis(1))),
        0,
        HistoryPages.PAGE_SIZE);
  }
}

package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.RequestUrl;
import dev.interceptor.core.port.out.CaptureHistory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interceptor watch}: prints new History entries as they arrive, until interrupted. Only the
 * path of each URL is shown: query strings hold user data.
 */
@Command(
    name = "watch",
    description = {
      "Follow new History entries live, one line each: local time, method, status, host and path"
          + " (never the query string). Ctrl-C stops it (exit 0).",
      "With --json, one JSON object per line."
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor watch --json | jq .path")
final class WatchCommand implements Callable<Integer> {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** Entries read per poll; a burst larger than this between two polls shows its newest part. */
  static final int PAGE = 200;

  @Option(names = JsonOutput.OPTION, description = "Print one JSON object per line.")
  boolean json;

  @Option(
      names = "--interval",
      paramLabel = "MILLIS",
      converter = WholeNumber.IntervalMillis.class,
      defaultValue = "250",
      description = "Look for new entries every MILLIS milliseconds (default ${DEFAULT-VALUE}).")
  long intervalMillis;

  private final CaptureHistory history;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;
  private final Clock clock;
  private final Interrupts interrupts;

  @Inject
  WatchCommand(
      CaptureHistory history,
      CliPrinter printer,
      JsonOutput jsonOutput,
      Clock clock,
      Interrupts interrupts) {
    this.history = history;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
    this.clock = clock;
    this.interrupts = interrupts;
  }

  @Override
  public Integer call() {
    Set<String> seen = ids(history.list(HistoryQuery.newest(PAGE)));
    if (!json) {
      printer.note("watching History for new entries; Ctrl-C stops");
    }
    interrupts.onInterrupt(Thread.currentThread());
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(intervalMillis);
        List<CaptureSummary> page = history.list(HistoryQuery.newest(PAGE));
        printNew(page, seen);
        seen = ids(page);
      }
    } catch (InterruptedException e) {
      // Ctrl-C: the expected way to stop.
      Thread.currentThread().interrupt();
    }
    return ExitCode.OK.code();
  }

  private void printNew(List<CaptureSummary> newestFirst, Set<String> seen) {
    List<CaptureSummary> fresh = new ArrayList<>();
    for (CaptureSummary s : newestFirst) {
      if (!seen.contains(s.id())) {
        fresh.add(s);
      }
    }
    Collections.reverse(fresh);
    for (CaptureSummary s : fresh) {
      print(s);
    }
  }

  private void print(CaptureSummary s) {
    String path = RequestUrl.parse(s.url()).map(RequestUrl::path).orElse("/");
    if (json) {
      jsonOutput.printLine(
          new WatchedView(s.id(), s.time().toString(), s.method(), s.status(), s.host(), path));
      return;
    }
    printer.line(
        TIME.format(s.time().atZone(clock.getZone()))
            + "  "
            + pad(s.method(), 7)
            + " "
            + pad(Formats.orDash(s.status()), 4)
            + " "
            + s.host()
            + path);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static Set<String> ids(List<CaptureSummary> page) {
    Set<String> ids = new HashSet<>();
    for (CaptureSummary s : page) {
      ids.add(s.id());
    }
    return ids;
  }

  /** One new entry as {@code watch --json} prints it, on one line. */
  record WatchedView(
      String id, String time, String method, @Nullable Integer status, String host, String path) {}
}

package dev.interceptor.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.adapter.export.FileProblems;
import dev.interceptor.adapter.export.NetscapeCookieFile;
import dev.interceptor.adapter.export.NetscapeCookieFile.SkippedLine;
import dev.interceptor.adapter.nativemessaging.HarCaptureSource;
import dev.interceptor.adapter.nativemessaging.LaunchArguments;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.ImportException;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.testkit.FakeExtension;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interceptor simulate}: replays a recorded browser session through the real bridge host,
 * with a stand-in for the extension, so the whole capture path runs without a browser. The host
 * runs in this process on the user's store and settings, as the companion extension's host.
 */
@Command(
    name = "simulate",
    description = {
      "Replay a HAR file (and optionally a cookies.txt) through the real bridge host, as the"
          + " browser extension would send it, into your store. Your settings decide what is kept:"
          + " with capture off, every request is filtered out.",
      ""
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  interceptor simulate --har session.har --cookies cookies.txt",
      "  (turn capture on first to keep the requests: interceptor capture on)"
    })
final class SimulateCommand implements Callable<Integer> {

  private static final Duration WELCOME_WAIT = Duration.ofSeconds(30);
  private static final Duration EXIT_WAIT = Duration.ofSeconds(10);
  private static final int SKIPPED_LINES_SHOWN = 5;

  @Option(names = "--har", required = true, paramLabel = "FILE", description = "The HAR file.")
  Path har = Path.of("");

  @Option(
      names = "--cookies",
      paramLabel = "FILE",
      description = "A Netscape cookies.txt, sent as a snapshot of each sync domain it covers.")
  @Nullable Path cookies;

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  private final Provider<BridgeHosts> hosts;
  private final SettingsStore settings;
  private final CaptureHistory history;
  private final CaptureCollections collections;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;
  private final Clock clock;

  @Inject
  SimulateCommand(
      Provider<BridgeHosts> hosts,
      SettingsStore settings,
      CaptureHistory history,
      CaptureCollections collections,
      CliPrinter printer,
      JsonOutput jsonOutput,
      Clock clock) {
    this.hosts = hosts;
    this.settings = settings;
    this.history = history;
    this.collections = collections;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    HarCaptureSource source = readHar();
    List<SkippedLine> skippedLines = List.of();
    List<Cookie> jarFile = List.of();
    if (cookies != null) {
      NetscapeCookieFile file = NetscapeCookieFile.read(cookies, clock.instant());
      jarFile = file.cookies();
      skippedLines = file.skippedLines();
    }
    Settings current = settings.load();
    if (!current.allowedExtensionIds().contains(CompanionExtension.ID)) {
      throw new CliFailure(
          ExitCode.USAGE,
          "simulate runs as the companion extension, which is not allowed: run 'interceptor"
              + " extension allow "
              + CompanionExtension.ID
              + "'");
    }

    noteSkipped(skippedLines);
    SimulateView result = replay(source, jarFile, current, skippedLines);

    if (json) {
      jsonOutput.print(result);
    } else {
      print(result, current);
    }
    return ExitCode.OK.code();
  }

  /** One line on stderr per skipped cookie line, the first few only: the user fixes the file. */
  private void noteSkipped(List<SkippedLine> skipped) {
    for (SkippedLine line : skipped.subList(0, Math.min(skipped.size(), SKIPPED_LINES_SHOWN))) {
      printer.note(cookies + " line " + line.number() + " skipped: " + line.reason());
    }
    if (skipped.size() > SKIPPED_LINES_SHOWN) {
      printer.note(
          "and "
              + Formats.count(skipped.size() - SKIPPED_LINES_SHOWN, "more line", "more lines")
              + " of "
              + cookies
              + " skipped");
    }
  }

  private SimulateView replay(
      HarCaptureSource source,
      List<Cookie> jarFile,
      Settings current,
      List<SkippedLine> skippedLines) {
    BridgeHosts factory = hosts.get();
    LaunchArguments launch = LaunchArguments.parse(List.of(CompanionExtension.ORIGIN));
    try (FakeExtension extension =
        FakeExtension.inProcess(streams -> factory.create(launch, streams))) {
      extension.hello("simulate", "default");
      extension.await("welcome", WELCOME_WAIT);

      int alreadyStored = alreadyStored(source.captures(), current.capture().target());
      List<String> ids = new ArrayList<>();
      List<SyncDomain> snapshotDomains = sendSnapshots(extension, jarFile, current, ids);
      int snapshots = ids.size();
      for (ObjectNode capture : source.captures()) {
        extension.send(capture);
        ids.add(capture.path("id").asText());
      }
      Set<String> dropped = extension.awaitAcks(ids, ackWait(ids.size()));
      extension.closeInput();
      extension.awaitExit(EXIT_WAIT);

      int acknowledged = ids.size() - snapshots;
      return new SimulateView(
          har.toString(),
          source.captures().size(),
          source.skippedEntries(),
          acknowledged - dropped.size(),
          alreadyStored,
          dropped.size(),
          acknowledged,
          jarFile.size(),
          skippedLines,
          snapshotDomains.stream().map(SyncDomain::host).toList(),
          current.capture().enabled());
    }
  }

  /** How many of the captures the target holds already: they are kept once, not again. */
  private int alreadyStored(List<ObjectNode> captures, CaptureTarget target) {
    int stored = 0;
    for (ObjectNode capture : captures) {
      String id = capture.path("id").asText();
      boolean found =
          target instanceof CaptureTarget.Collection collection
              ? collections.findRequest(collection.name(), id).isPresent()
              : history.find(id).isPresent();
      stored += found ? 1 : 0;
    }
    return stored;
  }

  /**
   * One snapshot per sync domain the file has cookies of, as the extension sends. A snapshot is
   * authoritative, so a domain the file says nothing about gets none: its jar cookies stay.
   */
  private static List<SyncDomain> sendSnapshots(
      FakeExtension extension, List<Cookie> jarFile, Settings current, List<String> ids) {
    List<SyncDomain> sent = new ArrayList<>();
    if (jarFile.isEmpty() || !current.cookieSync().enabled()) {
      return sent;
    }
    for (SyncDomain domain : current.cookieSync().domains()) {
      List<ObjectNode> covered = new ArrayList<>();
      for (Cookie cookie : jarFile) {
        if (domain.covers(cookie.domain())) {
          covered.add(WireCookies.toWire(cookie));
        }
      }
      if (covered.isEmpty()) {
        continue;
      }
      String id = "simulate-snapshot-" + sent.size();
      extension.sendSnapshot(id, domain.host(), covered);
      ids.add(id);
      sent.add(domain);
    }
    return sent;
  }

  private HarCaptureSource readHar() {
    try {
      return HarCaptureSource.read(har);
    } catch (IOException e) {
      throw new ImportException(FileProblems.describeHar(har, e), e);
    }
  }

  private static Duration ackWait(int messages) {
    return Duration.ofSeconds(30).plusMillis(10L * messages);
  }

  private void print(SimulateView r, Settings current) {
    printer.line(
        "Replayed "
            + Formats.count(r.entries(), "request", "requests")
            + " from "
            + r.har()
            + (r.skippedEntries() > 0
                ? " ("
                    + Formats.count(r.skippedEntries(), "unreadable entry", "unreadable entries")
                    + ")"
                : "")
            + " through the bridge host.");
    printer.line("  captured      " + r.captured());
    if (r.captureEnabled() && r.alreadyStored() > 0) {
      printer.line("  already there " + r.alreadyStored() + " (kept once)");
    }
    printer.line("  filtered out  " + r.filteredOut());
    printer.line("  acknowledged  " + r.acknowledged());
    if (!r.captureEnabled()) {
      printer.line("Capture is off, so nothing was kept. Turn it on with: interceptor capture on");
    } else if (r.captured() > 0) {
      printer.line(
          "Kept in "
              + SettingsText.target(current.capture().target())
              + "; see them with: "
              + listCommand(current.capture().target()));
    }
    if (cookies != null) {
      printCookies(r, current);
    }
  }

  /** The command that lists what the target holds, ready to paste into a POSIX shell. */
  private static String listCommand(CaptureTarget target) {
    if (!(target instanceof CaptureTarget.Collection)) {
      return "interceptor history list";
    }
    String name = ((CaptureTarget.Collection) target).name();
    boolean plain = name.matches("[A-Za-z0-9._@%+=:,/-]+");
    return "interceptor collections show "
        + (plain ? name : "'" + name.replace("'", "'\\''") + "'");
  }

  private void printCookies(SimulateView r, Settings current) {
    if (!current.cookieSync().enabled() || current.cookieSync().domains().isEmpty()) {
      printer.line(
          "Cookies: none sent, cookie sync has no active domain. Add one with: interceptor"
              + " cookies domains add example.com");
      return;
    }
    if (r.snapshotDomains().isEmpty()) {
      printer.line(
          "Cookies: "
              + Formats.count(r.cookiesInFile(), "cookie", "cookies")
              + " in the file, none of a sync domain; nothing sent, the jar is unchanged.");
      return;
    }
    printer.line(
        "Cookies: "
            + Formats.count(r.cookiesInFile(), "cookie", "cookies")
            + " in the file, sent as snapshots of "
            + String.join(", ", r.snapshotDomains())
            + ".");
  }

  /** What {@code simulate --json} prints. */
  record SimulateView(
      String har,
      int entries,
      int skippedEntries,
      int captured,
      int alreadyStored,
      int filteredOut,
      int acknowledged,
      int cookiesInFile,
      List<SkippedLine> skippedCookieLines,
      List<String> snapshotDomains,
      boolean captureEnabled) {}
}

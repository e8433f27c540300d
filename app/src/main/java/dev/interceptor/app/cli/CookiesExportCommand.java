package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.port.out.CookieExportFormat;
import dev.interceptor.core.port.out.CookieJar;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor cookies export}: the jar as a Netscape cookies.txt or JSON file. */
@Command(
    name = "export",
    description = {
      "Export jar cookies as a Netscape cookies.txt file (for curl -b, wget, Python) or as JSON"
          + " in the browser's cookie shape.",
      "The file holds cookie values: it is created readable by you only. cookies.txt leaves out"
          + " partitioned cookies, which it cannot describe; JSON keeps them."
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor cookies export --format netscape --domain example.com -o cookies.txt")
final class CookiesExportCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "netscape or json.")
  String format = "";

  @Option(
      names = "--domain",
      paramLabel = "DOMAIN",
      description = "Only cookies of this domain (example.com includes its subdomains).")
  @Nullable String domain;

  @Option(
      names = {ExportDestination.OUTPUT_OPTION, "--output"},
      paramLabel = "FILE",
      description = ExportDestination.OUTPUT_HELP)
  @Nullable Path file;

  @Option(names = "--force", description = ExportDestination.FORCE_HELP)
  boolean force;

  @Option(names = JsonOutput.OPTION, description = "With -o, print a JSON summary for scripts.")
  boolean json;

  private final CookieJar jar;
  private final ExportFormats formats;
  private final ExportDestination destination;
  private final ExportReport report;

  @Inject
  CookiesExportCommand(
      CookieJar jar, ExportFormats formats, ExportDestination destination, ExportReport report) {
    this.jar = jar;
    this.formats = formats;
    this.destination = destination;
    this.report = report;
  }

  @Override
  public Integer call() {
    CookieExportFormat chosen = formats.cookie(format);
    List<Cookie> cookies = domain == null ? jar.all() : jar.list(SyncDomains.parse(domain));

    destination.write(file, force, out -> chosen.export(cookies, out));

    report.cookies(file, chosen.name(), cookies.size(), json);
    return ExitCode.OK.code();
  }
}

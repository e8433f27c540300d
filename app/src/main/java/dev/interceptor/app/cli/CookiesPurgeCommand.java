package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor cookies purge}: removes a domain's cookies from the jar. */
@Command(
    name = "purge",
    description = {
      "Remove a domain's cookies from the jar (the browser keeps its own).",
      "While the domain is synced, its next snapshot brings them back: remove the sync domain"
          + " first to keep the jar empty."
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor cookies purge --domain example.com --yes")
final class CookiesPurgeCommand implements Callable<Integer> {

  @Option(
      names = "--domain",
      required = true,
      paramLabel = "DOMAIN",
      description = "The domain (example.com includes its subdomains).")
  String domain = "";

  @Option(names = "--yes", required = true, description = "Confirm: the cookies are gone.")
  boolean confirmed;

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  private final CookieJar jar;
  private final SettingsStore settings;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;

  @Inject
  CookiesPurgeCommand(
      CookieJar jar, SettingsStore settings, CliPrinter printer, JsonOutput jsonOutput) {
    this.jar = jar;
    this.settings = settings;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
  }

  @Override
  public Integer call() {
    SyncDomain target = SyncDomains.parse(domain);

    int removed = jar.purge(target);

    CookieSyncSettings sync = settings.load().cookieSync();
    boolean stillSynced = sync.enabled() && sync.domains().contains(target);
    if (json) {
      jsonOutput.print(new Purged(target.display(), removed, stillSynced));
      return ExitCode.OK.code();
    }
    printer.line(
        "Removed "
            + Formats.count(removed, "cookie", "cookies")
            + " of "
            + target.display()
            + " from the jar.");
    if (stillSynced) {
      printer.line(
          "It is still a sync domain: its next snapshot refills the jar"
              + " (interceptor cookies domains remove "
              + target.display()
              + " stops that).");
    }
    return ExitCode.OK.code();
  }

  /** What {@code cookies purge --json} prints. */
  record Purged(String domain, int removed, boolean stillSynced) {}
}

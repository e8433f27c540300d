package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieSelection;
import dev.interceptor.core.model.cookie.CookieVerdict;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interceptor cookies list}: the jar's cookies, or those a URL would get and why not. */
@Command(
    name = "list",
    description = {
      "List the cookies in the jar. With --url, list the cookies a request to that URL would"
          + " carry, and for each cookie of a sync domain that it would not carry, say why not"
          + " (host-only, path, Secure, expired, partitioned, prefix).",
      "Values are shown only with --show-values."
    },
    footerHeading = "%nExample:%n",
    footer = "  interceptor cookies list --url https://app.example.com/api/items")
final class CookiesListCommand implements Callable<Integer> {

  /** The two ways to narrow the list; at most one. */
  static final class Scope {
    @Option(
        names = "--domain",
        paramLabel = "DOMAIN",
        description = "Only cookies of this domain (example.com includes its subdomains).")
    @Nullable String domain;

    @Option(
        names = "--url",
        paramLabel = "URL",
        description = "The cookies a request to URL would carry, and why others would not.")
    @Nullable String url;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Scope scope;

  @Option(names = JarCookies.STORE_OPTION, paramLabel = "ID", description = JarCookies.STORE_HELP)
  @Nullable String store;

  @Option(names = "--show-values", description = "Show cookie values.")
  boolean showValues;

  @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP)
  boolean json;

  private final CookieJar jar;
  private final JarCookies jarCookies;
  private final SettingsStore settings;
  private final CliPrinter printer;
  private final JsonOutput jsonOutput;
  private final Clock clock;

  @Inject
  CookiesListCommand(
      CookieJar jar,
      JarCookies jarCookies,
      SettingsStore settings,
      CliPrinter printer,
      JsonOutput jsonOutput,
      Clock clock) {
    this.jar = jar;
    this.jarCookies = jarCookies;
    this.settings = settings;
    this.printer = printer;
    this.jsonOutput = jsonOutput;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (scope != null && scope.url != null) {
      return forUrl(scope.url);
    }

    List<Cookie> listed =
        scope != null && scope.domain != null
            ? jar.list(SyncDomains.parse(scope.domain))
            : jar.all();
    // Without --cookie-store the listing shows every store, each cookie with its store's id.
    List<Cookie> cookies =
        store == null ? listed : listed.stream().filter(c -> store.equals(c.storeId())).toList();
    if (json) {
      jsonOutput.print(cookies.stream().map(c -> CookieView.of(c, showValues, null)).toList());
      return ExitCode.OK.code();
    }
    if (cookies.isEmpty()) {
      printer.line("No cookies in the jar match.");
      return ExitCode.OK.code();
    }
    Table table = Table.of(headers(false));
    for (Cookie c : cookies) {
      table.row(cells(c, null));
    }
    table.print(printer);
    return ExitCode.OK.code();
  }

  private int forUrl(String url) {
    CookieSelection selection = jarCookies.forUrl(url, store);
    CookieSyncSettings sync = settings.load().cookieSync();
    List<CookieVerdict> shown = new ArrayList<>();
    for (Cookie sent : selection.sent()) {
      shown.add(new CookieVerdict.Sent(sent));
    }
    for (CookieVerdict.NotSent notSent : selection.notSent()) {
      if (sync.domainCovering(notSent.cookie().domain()).isPresent()) {
        shown.add(notSent);
      }
    }

    if (json) {
      jsonOutput.print(
          shown.stream().map(v -> CookieView.of(v.cookie(), showValues, verdict(v))).toList());
      return ExitCode.OK.code();
    }
    if (shown.isEmpty()) {
      printer.line("No cookie in the jar is for " + url + ".");
      return ExitCode.OK.code();
    }
    Table table = Table.of(headers(true));
    for (CookieVerdict v : shown) {
      table.row(cells(v.cookie(), verdict(v)));
    }
    table.print(printer);
    printer.line("");
    printer.line(
        selection.sent().isEmpty()
            ? "A request to this URL carries no Cookie header."
            : "A request to this URL carries "
                + Formats.count(selection.sent().size(), "cookie", "cookies")
                + ".");
    return ExitCode.OK.code();
  }

  private static String verdict(CookieVerdict verdict) {
    if (verdict instanceof CookieVerdict.NotSent notSent) {
      return "no: " + NotSentText.of(notSent.reason(), notSent.cookie());
    }
    return "yes";
  }

  private String[] headers(boolean withVerdict) {
    List<String> h =
        new ArrayList<>(List.of("NAME", "DOMAIN", "SCOPE", "PATH", "FLAGS", "EXPIRES"));
    if (showValues) {
      h.add(1, "VALUE");
    }
    if (withVerdict) {
      h.add("SENT");
    }
    return h.toArray(new String[0]);
  }

  private String[] cells(Cookie c, @Nullable String verdict) {
    List<String> cells =
        new ArrayList<>(
            List.of(
                c.name().isEmpty() ? "(no name)" : c.name(),
                c.normalizedDomain(),
                c.hostOnly() ? "host-only" : "domain",
                c.path(),
                Formats.orDash(String.join(",", CookieView.flags(c))),
                c.isSession() ? "session" : Formats.time(c.expires(), clock.getZone())));
    if (showValues) {
      cells.add(1, c.value());
    }
    if (verdict != null) {
      cells.add(verdict);
    }
    return cells.toArray(new String[0]);
  }
}

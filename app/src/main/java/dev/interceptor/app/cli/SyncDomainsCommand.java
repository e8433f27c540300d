package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.port.in.ChangeSettingsCommand.AddSyncDomain;
import dev.interceptor.core.port.in.ChangeSettingsCommand.RemoveSyncDomain;
import dev.interceptor.core.port.in.ChangeSettingsCommand.ResyncDomain;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interceptor cookies domains}: which domains' cookies are synced. */
@Command(
    name = "domains",
    description = "Choose the domains whose cookies are synced from the browser.",
    footerHeading = "%nExample:%n",
    footer = "  interceptor cookies domains list")
final class SyncDomainsCommand {

  private static final String DOMAIN_HELP =
      "A host name: example.com covers it and its subdomains; https://app.example.com covers"
          + " that host only.";

  private final SettingsChanges changes;
  private final SettingsStore settings;
  private final HostSessions sessions;
  private final SyncDomainRows rows;

  @Inject
  SyncDomainsCommand(
      SettingsChanges changes, SettingsStore settings, HostSessions sessions, SyncDomainRows rows) {
    this.changes = changes;
    this.settings = settings;
    this.sessions = sessions;
    this.rows = rows;
  }

  @Command(
      name = "add",
      description = {
        "Sync a domain's cookies, starting with a snapshot from the browser.",
        "Public suffixes such as com, co.uk or github.io are refused: they would sync the"
            + " cookies of every site under them."
      },
      footerHeading = "%nExample:%n",
      footer = {
        "  interceptor cookies domains add example.com",
        "  interceptor cookies domains add https://app.example.com"
      })
  int add(
      @Parameters(paramLabel = "DOMAIN", description = DOMAIN_HELP) String domain,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new AddSyncDomain(domain),
        json,
        s -> {
          SyncDomain added = SyncDomains.parse(domain);
          changes
              .printer()
              .line(
                  "Syncing cookies of "
                      + added.display()
                      + " ("
                      + SettingsText.scope(added)
                      + ").");
          noteWhenNoBrowser("its cookies arrive when a browser connects");
        });
  }

  @Command(
      name = "remove",
      description = "Stop syncing a domain; the jar keeps the cookies it already has.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor cookies domains remove example.com")
  int remove(
      @Parameters(paramLabel = "DOMAIN", description = DOMAIN_HELP) String domain,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new RemoveSyncDomain(domain),
        json,
        s -> changes.printer().line("Stopped syncing " + domain.strip() + "; its cookies stay."));
  }

  @Command(
      name = "list",
      description = "List the sync domains with their cookie counts and last sync times.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor cookies domains list --json")
  int list(@Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    CookieSyncSettings cookieSync = settings.load().cookieSync();

    if (json) {
      changes.jsonOutput().print(rows.views(cookieSync));
      return ExitCode.OK.code();
    }
    if (!cookieSync.enabled()) {
      changes.printer().line("Cookie sync is off: these domains are paused.");
    }
    rows.print(cookieSync, changes.printer());
    return ExitCode.OK.code();
  }

  @Command(
      name = "resync",
      description = "Ask the browser for a fresh snapshot of a sync domain's cookies now.",
      footerHeading = "%nExample:%n",
      footer = "  interceptor cookies domains resync example.com")
  int resync(
      @Parameters(paramLabel = "DOMAIN", description = DOMAIN_HELP) String domain,
      @Option(names = JsonOutput.OPTION, description = JsonOutput.HELP) boolean json) {
    return changes.apply(
        new ResyncDomain(domain),
        json,
        s -> {
          changes
              .printer()
              .line("Asked the browser for a fresh snapshot of " + domain.strip() + ".");
          noteWhenNoBrowser("connect one and run this again");
        });
  }

  private void noteWhenNoBrowser(String advice) {
    if (sessions.live().isEmpty()) {
      changes.printer().line("No browser is connected now: " + advice + ".");
    }
  }
}

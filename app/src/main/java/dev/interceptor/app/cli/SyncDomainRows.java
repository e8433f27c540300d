package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The sync domains with their cookie counts and last sync times, as a table or as JSON. */
final class SyncDomainRows {

  private final SettingsStore settings;
  private final CookieJar jar;
  private final Clock clock;

  @Inject
  SyncDomainRows(SettingsStore settings, CookieJar jar, Clock clock) {
    this.settings = settings;
    this.jar = jar;
    this.clock = clock;
  }

  List<StatusView.SyncedDomainView> views(CookieSyncSettings cookieSync) {
    Map<String, Instant> lastSync = settings.lastSync();
    return cookieSync.domains().stream()
        .map(d -> StatusView.SyncedDomainView.of(d, jar.list(d).size(), lastSync.get(d.host())))
        .toList();
  }

  void print(CookieSyncSettings cookieSync, CliPrinter printer) {
    if (cookieSync.domains().isEmpty()) {
      printer.line("No sync domains. Add one with: interceptor cookies domains add example.com");
      return;
    }

    Map<String, Instant> lastSync = settings.lastSync();
    Table table = Table.of("DOMAIN", "SCOPE", "COOKIES", "LAST SYNC");
    for (SyncDomain d : cookieSync.domains()) {
      table.row(
          d.display(),
          SettingsText.scope(d),
          Integer.toString(jar.list(d).size()),
          Formats.time(lastSync.get(d.host()), clock.getZone()));
    }
    table.print(printer);
  }
}

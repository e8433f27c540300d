package dev.interceptor.core.service;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Computes what one cookie sync command does, without storing or sending anything. */
final class CookieSyncEditor {

  private CookieSyncEditor() {}

  static SettingsChange apply(Settings s, ChangeSettingsCommand command) {
    CookieSyncSettings sync = s.cookieSync();
    if (command instanceof ChangeSettingsCommand.SetCookieSyncEnabled) {
      boolean on = ((ChangeSettingsCommand.SetCookieSyncEnabled) command).enabled();
      Settings next = SettingsEditor.withSync(s, new CookieSyncSettings(on, sync.domains()));
      // Turning sync back on: the browser may have changed cookies meanwhile.
      boolean resumed = on && !sync.enabled();
      return new SettingsChange(next, resumed ? sync.domains() : List.of());
    }
    if (command instanceof ChangeSettingsCommand.AddSyncDomain) {
      return add(s, ((ChangeSettingsCommand.AddSyncDomain) command).domain());
    }
    if (command instanceof ChangeSettingsCommand.RemoveSyncDomain) {
      SyncDomain entry =
          existing(sync, ((ChangeSettingsCommand.RemoveSyncDomain) command).domain());
      List<SyncDomain> domains = new ArrayList<>(sync.domains());
      domains.remove(entry);
      return SettingsChange.to(
          SettingsEditor.withSync(s, new CookieSyncSettings(sync.enabled(), domains)));
    }
    if (command instanceof ChangeSettingsCommand.ResyncDomain) {
      SyncDomain entry = existing(sync, ((ChangeSettingsCommand.ResyncDomain) command).domain());
      if (!sync.enabled()) {
        throw new IllegalArgumentException(
            "cookie sync is off: turn it on before asking for a snapshot of " + entry.display());
      }
      return new SettingsChange(s, List.of(entry));
    }
    throw new IllegalArgumentException("unknown settings command: " + command);
  }

  /**
   * Adds a domain. The same entry again changes nothing; the same host with another scope ({@code
   * example.com} and {@code https://example.com}) is refused, so that a scope never changes
   * silently.
   */
  private static SettingsChange add(Settings s, String typed) {
    SyncDomain domain = SyncDomains.parse(typed);
    CookieSyncSettings sync = s.cookieSync();
    if (sync.domains().contains(domain)) {
      return SettingsChange.to(s);
    }
    Optional<SyncDomain> sameHost = byHost(sync, domain.host());
    if (sameHost.isPresent()) {
      throw new IllegalArgumentException(
          "sync domain "
              + sameHost.get().display()
              + " already names host "
              + domain.host()
              + ": remove it first to change whether subdomains are included");
    }

    List<SyncDomain> domains = new ArrayList<>(sync.domains());
    domains.add(domain);
    Settings next = SettingsEditor.withSync(s, new CookieSyncSettings(sync.enabled(), domains));
    return new SettingsChange(next, sync.enabled() ? List.of(domain) : List.of());
  }

  /** The configured entry for what the user typed, matched by host. */
  private static SyncDomain existing(CookieSyncSettings sync, String typed) {
    SyncDomain parsed = SyncDomains.parse(typed);
    return byHost(sync, parsed.host())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + typed + "' is not a sync domain; see the list of sync domains"));
  }

  private static Optional<SyncDomain> byHost(CookieSyncSettings sync, String host) {
    return sync.domains().stream().filter(d -> d.host().equals(host)).findFirst();
  }
}

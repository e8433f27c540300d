package dev.interceptor.core.service;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieSnapshot;
import dev.interceptor.core.model.cookie.InvalidSyncDomainException;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.port.in.ApplyCookieSnapshotCommand;
import dev.interceptor.core.port.in.ApplyCookieSnapshotUseCase;
import dev.interceptor.core.port.in.CookieSyncOutcome;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.SettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes the jar hold exactly a snapshot's cookies for its sync domain and cookie store.
 *
 * <p>A snapshot is ignored, with the reason, when cookie sync is off or its domain is not a current
 * sync domain (it may have been removed while the snapshot was on its way). Expired cookies, and
 * cookies the domain does not cover or of another store, are left out before the jar is replaced.
 */
public final class ApplyCookieSnapshotService implements ApplyCookieSnapshotUseCase {

  private final SettingsCache settings;
  private final SettingsStore settingsStore;
  private final CookieJar jar;
  private final Clock clock;

  public ApplyCookieSnapshotService(SettingsStore settingsStore, CookieJar jar, Clock clock) {
    this.settings = new SettingsCache(settingsStore);
    this.settingsStore = settingsStore;
    this.jar = jar;
    this.clock = clock;
  }

  @Override
  public CookieSyncOutcome applySnapshot(ApplyCookieSnapshotCommand command) {
    CookieSyncSettings sync = settings.current().cookieSync();
    if (!sync.enabled()) {
      return CookieSyncOutcome.ignored("cookie sync is off");
    }
    Optional<SyncDomain> domain = currentDomain(sync, command.domain());
    if (domain.isEmpty()) {
      return CookieSyncOutcome.ignored(
          "snapshot domain " + command.domain() + " is not a sync domain");
    }

    Instant now = clock.instant();
    List<Cookie> kept =
        command.cookies().stream()
            .filter(c -> !c.isExpiredAt(now))
            .filter(c -> domain.get().covers(c.domain()))
            .filter(c -> c.storeId().equals(command.storeId()))
            .collect(Collectors.toList());

    int removed = jar.replace(new CookieSnapshot(domain.get(), command.storeId(), kept));
    settingsStore.recordSync(domain.get().host(), now);
    return new CookieSyncOutcome(kept.size(), removed, "");
  }

  /** The configured entry the extension means: equal to the parsed name, else the same host. */
  private static Optional<SyncDomain> currentDomain(CookieSyncSettings sync, String name) {
    SyncDomain parsed;
    try {
      parsed = SyncDomains.parse(name);
    } catch (InvalidSyncDomainException e) {
      return Optional.empty();
    }
    if (sync.domains().contains(parsed)) {
      return Optional.of(parsed);
    }
    return sync.domains().stream().filter(d -> d.host().equals(parsed.host())).findFirst();
  }
}

package dev.interceptor.core.service;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieChange;
import dev.interceptor.core.model.cookie.CookieChangeCause;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.port.in.ApplyCookieChangeCommand;
import dev.interceptor.core.port.in.ApplyCookieChangeUseCase;
import dev.interceptor.core.port.in.CookieSyncOutcome;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.SettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies one browser cookie change to the jar.
 *
 * <p>A set inserts or replaces the cookie; a removal deletes it, except a removal caused by an
 * overwrite, which the browser follows with the set of the new cookie. A set of a cookie whose
 * expiry has passed counts as a removal. Changes outside every sync domain, or while sync is off,
 * are ignored and nothing of them is stored. The sync domain's last sync time is recorded for every
 * change inside it.
 */
public final class ApplyCookieChangeService implements ApplyCookieChangeUseCase {

  private final SettingsCache settings;
  private final SettingsStore settingsStore;
  private final CookieJar jar;
  private final Clock clock;

  public ApplyCookieChangeService(SettingsStore settingsStore, CookieJar jar, Clock clock) {
    this.settings = new SettingsCache(settingsStore);
    this.settingsStore = settingsStore;
    this.jar = jar;
    this.clock = clock;
  }

  @Override
  public CookieSyncOutcome applyChange(ApplyCookieChangeCommand command) {
    CookieChange change = command.change();
    Cookie cookie = change.cookie();
    CookieSyncSettings sync = settings.current().cookieSync();
    if (!sync.enabled()) {
      return CookieSyncOutcome.ignored("cookie sync is off");
    }
    Optional<SyncDomain> domain = sync.domainCovering(cookie.domain());
    if (domain.isEmpty()) {
      return CookieSyncOutcome.ignored("cookie domain is outside every sync domain");
    }

    Instant now = clock.instant();
    settingsStore.recordSync(domain.get().host(), now);
    if (change.removed() && change.cause() == CookieChangeCause.OVERWRITE) {
      return CookieSyncOutcome.ignored("removal by overwrite: the set that follows replaces it");
    }
    if (change.removed() || cookie.isExpiredAt(now)) {
      boolean removed = jar.remove(cookie.identity());
      return new CookieSyncOutcome(0, removed ? 1 : 0, "");
    }

    jar.put(cookie);
    return new CookieSyncOutcome(1, 0, "");
  }
}

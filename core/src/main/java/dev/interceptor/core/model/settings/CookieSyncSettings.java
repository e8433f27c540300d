package dev.interceptor.core.model.settings;

import dev.interceptor.core.model.cookie.SyncDomain;
import java.util.List;
import java.util.Optional;

/**
 * The global cookie sync switch and the sync domains. Off pauses every domain and keeps the list.
 */
public record CookieSyncSettings(boolean enabled, List<SyncDomain> domains) {

  public static final CookieSyncSettings DEFAULT = new CookieSyncSettings(true, List.of());

  public CookieSyncSettings {
    domains = List.copyOf(domains);
  }

  /** The sync domain that covers a cookie domain, if sync is on and one does. */
  public Optional<SyncDomain> domainCovering(String cookieDomain) {
    if (!enabled) {
      return Optional.empty();
    }
    return domains.stream().filter(d -> d.covers(cookieDomain)).findFirst();
  }
}

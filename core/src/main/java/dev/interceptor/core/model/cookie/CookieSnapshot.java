package dev.interceptor.core.model.cookie;

import java.util.List;

/**
 * Every cookie of one sync domain in one cookie store, as the browser holds them now. A snapshot is
 * authoritative: cookies of that domain and store missing from it are removed from the jar.
 */
public record CookieSnapshot(SyncDomain domain, String storeId, List<Cookie> cookies) {

  public CookieSnapshot {
    cookies = List.copyOf(cookies);
  }
}

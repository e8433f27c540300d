package dev.interceptor.core.port.out;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieIdentity;
import dev.interceptor.core.model.cookie.CookieSnapshot;
import dev.interceptor.core.model.cookie.SyncDomain;
import java.time.Instant;
import java.util.List;

/** The synced cookies, keyed by {@link CookieIdentity}. Methods throw {@link StoreException}. */
public interface CookieJar {

  /** Inserts a cookie or replaces the one with the same identity, keeping its creation time. */
  void put(Cookie cookie);

  /** Removes the cookie with this identity; false when there was none. */
  boolean remove(CookieIdentity identity);

  /**
   * Makes the jar's cookies of the snapshot's domain and store exactly the snapshot's, in one
   * transaction: inserts or updates each, removes those of that domain and store not in it.
   *
   * @return how many cookies of that domain and store it removed, because the snapshot does not
   *     name them
   */
  int replace(CookieSnapshot snapshot);

  /** Every cookie covered by the domain, any store, in a stable order. */
  List<Cookie> list(SyncDomain domain);

  /** Every cookie in the jar. */
  List<Cookie> all();

  /** Cookies whose host could match {@code host} (the host and its parent domains). */
  List<Cookie> candidatesFor(String host);

  /** Removes every cookie covered by the domain; returns how many. */
  int purge(SyncDomain domain);

  /** Removes cookies that expired at or before {@code now}; returns how many. */
  int removeExpired(Instant now);
}

package dev.interceptor.core.model.cookie;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cookie as the browser reports it (the shape of {@code chrome.cookies.Cookie}).
 *
 * <p>{@code domain} is kept as the browser gave it (a domain cookie usually has a leading dot);
 * {@link #identity()} normalises it. {@code expires} is null for a session cookie. {@code
 * partitionKey} is the top-level site of a partitioned (CHIPS) cookie, or null. {@code created} is
 * when the jar first saw this cookie; RFC 6265 5.4 orders cookies of equal path length by it.
 */
public record Cookie(
    String name,
    String value,
    String domain,
    boolean hostOnly,
    String path,
    boolean secure,
    boolean httpOnly,
    String sameSite,
    @Nullable Instant expires,
    String storeId,
    @Nullable String partitionKey,
    Instant created) {

  /** The store id Chromium gives the normal (not incognito) profile. */
  public static final String DEFAULT_STORE = "0";

  public Cookie {
    if (domain.isBlank()) {
      throw new IllegalArgumentException("cookie domain must not be blank (cookie " + name + ")");
    }
    path = path.isEmpty() ? "/" : path;
  }

  /** The cookie's identity: two cookies with the same identity replace each other in the jar. */
  public CookieIdentity identity() {
    return new CookieIdentity(
        name, normalizedDomain(), hostOnly, path, storeId, Optional.ofNullable(partitionKey));
  }

  /** The domain in lower case without its leading dot. */
  public String normalizedDomain() {
    String d = domain.startsWith(".") ? domain.substring(1) : domain;
    return d.toLowerCase(Locale.ROOT);
  }

  /** True when the cookie has an expiry at or before {@code now}; session cookies never expire. */
  public boolean isExpiredAt(Instant now) {
    return expires != null && !expires.isAfter(now);
  }

  public boolean isSession() {
    return expires == null;
  }

  public boolean isPartitioned() {
    return partitionKey != null;
  }
}

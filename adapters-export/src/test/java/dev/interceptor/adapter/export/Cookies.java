package dev.interceptor.adapter.export;

import dev.interceptor.core.model.cookie.Cookie;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Jar cookies for the cookie export tests. */
final class Cookies {

  static final Instant EXPIRY = Instant.ofEpochSecond(1_893_456_000L);
  static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

  private Cookies() {}

  static Cookie cookie(
      String name,
      String value,
      String domain,
      boolean hostOnly,
      String path,
      boolean secure,
      boolean httpOnly,
      @Nullable Instant expires,
      @Nullable String partitionKey) {
    return new Cookie(
        name,
        value,
        domain,
        hostOnly,
        path,
        secure,
        httpOnly,
        "lax",
        expires,
        Cookie.DEFAULT_STORE,
        partitionKey,
        CREATED);
  }
}

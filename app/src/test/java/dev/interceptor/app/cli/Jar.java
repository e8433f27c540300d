package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.Cookie;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Cookies for tests, in the browser's shape. */
final class Jar {

  private Jar() {}

  static Cookie cookie(
      String name, String value, String domain, boolean hostOnly, String path, boolean secure) {
    return cookie(name, value, domain, hostOnly, path, secure, null, null, StoreCli.NOW);
  }

  static Cookie cookie(
      String name,
      String value,
      String domain,
      boolean hostOnly,
      String path,
      boolean secure,
      @Nullable Instant expires,
      @Nullable String partitionKey,
      Instant created) {
    return new Cookie(
        name,
        value,
        domain,
        hostOnly,
        path,
        secure,
        false,
        "lax",
        expires,
        Cookie.DEFAULT_STORE,
        partitionKey,
        created);
  }
}

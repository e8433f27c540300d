package dev.interceptor.core.model.cookie;

import java.util.Locale;

/** Why the browser changed a cookie, as {@code chrome.cookies.OnChangedCause} names it. */
public enum CookieChangeCause {
  EXPLICIT,
  OVERWRITE,
  EXPIRED,
  EXPIRED_OVERWRITE,
  EVICTED;

  /**
   * Parses the browser's name of a cause ({@code "expired_overwrite"}).
   *
   * @throws IllegalArgumentException for a name the browser does not use
   */
  public static CookieChangeCause fromWire(String cause) {
    try {
      return valueOf(cause.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown cookie change cause: " + cause, e);
    }
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

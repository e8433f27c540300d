package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A jar cookie as {@code cookies list --json} prints it. {@code value} is null unless values were
 * asked for; {@code sent} is set with {@code --url}: {@code yes}, or {@code no: } and the reason.
 */
record CookieView(
    String name,
    @Nullable String value,
    String domain,
    boolean hostOnly,
    String path,
    boolean secure,
    boolean httpOnly,
    String sameSite,
    @Nullable String expires,
    String storeId,
    @Nullable String partitionKey,
    @Nullable String sent) {

  static CookieView of(Cookie c, boolean withValue, @Nullable String sent) {
    return new CookieView(
        c.name(),
        withValue ? c.value() : null,
        c.normalizedDomain(),
        c.hostOnly(),
        c.path(),
        c.secure(),
        c.httpOnly(),
        c.sameSite(),
        Formats.iso(c.expires()),
        c.storeId(),
        c.partitionKey(),
        sent);
  }

  /** The attributes that change where a cookie goes, as short words. */
  static List<String> flags(Cookie c) {
    List<String> flags = new ArrayList<>();
    if (c.secure()) {
      flags.add("secure");
    }
    if (c.httpOnly()) {
      flags.add("httponly");
    }
    if (c.isPartitioned()) {
      flags.add("partitioned");
    }
    return flags;
  }
}

package dev.interceptor.core.port.in;

import dev.interceptor.core.model.cookie.Cookie;
import java.util.List;

/**
 * A full snapshot of one sync domain's cookies in one cookie store. {@code domain} is the sync
 * domain as the extension names it (it must be one of the sync domains).
 */
public record ApplyCookieSnapshotCommand(String domain, String storeId, List<Cookie> cookies) {

  public ApplyCookieSnapshotCommand {
    cookies = List.copyOf(cookies);
  }
}

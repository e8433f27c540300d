package dev.interceptor.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.testkit.FakeExtension;

/** Cookies in the shape the extension sends them ({@code chrome.cookies.Cookie}). */
final class WireCookies {

  private WireCookies() {}

  static ObjectNode toWire(Cookie cookie) {
    ObjectNode wire = FakeExtension.cookie(cookie.name(), cookie.value(), cookie.domain());
    wire.put("hostOnly", cookie.hostOnly());
    wire.put("path", cookie.path());
    wire.put("secure", cookie.secure());
    wire.put("httpOnly", cookie.httpOnly());
    wire.put("sameSite", cookie.sameSite());
    wire.put("session", cookie.isSession());
    wire.put("storeId", cookie.storeId());
    if (cookie.expires() != null) {
      wire.put("expirationDate", cookie.expires().getEpochSecond());
    }
    return wire;
  }
}

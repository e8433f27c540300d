package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.NotSentReason;

/** Why a jar cookie is not sent with a request, in words for people. */
final class NotSentText {

  private NotSentText() {}

  static String of(NotSentReason reason, Cookie cookie) {
    switch (reason) {
      case PARTITIONED:
        return "partitioned: its top-level site cannot be matched";
      case EXPIRED:
        return "expired";
      case HOST_PREFIX:
        return "__Host- cookie that is not Secure, host-only and at path /";
      case SECURE_PREFIX:
        return "__Secure- cookie that is not Secure";
      case HOST_ONLY:
        return "host-only for " + cookie.normalizedDomain();
      case DOMAIN:
        return "domain " + cookie.normalizedDomain() + " does not match";
      case PATH:
        return "path " + cookie.path() + " does not match";
      case SECURE:
        return "Secure, and the URL is not https";
      default:
        return reason.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}

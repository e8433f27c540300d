package dev.interceptor.core.model.routing;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestUrl;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The requests no filter can let through: browser-internal ones and the extension's own. */
final class NeverCaptured {

  /** Schemes of browser pages, extensions and developer tools, in Chromium and Firefox. */
  private static final Set<String> BROWSER_INTERNAL =
      Set.of(
          "about",
          "brave",
          "chrome",
          "chrome-extension",
          "chrome-search",
          "chrome-untrusted",
          "devtools",
          "edge",
          "extension",
          "moz-extension",
          "opera",
          "resource",
          "view-source",
          "vivaldi");

  /** Only web traffic is captured; data:, blob: and file: URLs carry no request to a server. */
  private static final Set<String> WEB = Set.of("http", "https", "ws", "wss");

  private NeverCaptured() {}

  /** Why the request is never captured, or empty when filters may decide. */
  static Optional<String> reason(CapturedRequest request, String extensionOrigin) {
    Optional<RequestUrl> url = RequestUrl.parse(request.url());
    if (url.isEmpty()) {
      return Optional.of("URL cannot be read");
    }
    String scheme = url.get().scheme();
    if (BROWSER_INTERNAL.contains(scheme)) {
      return Optional.of("browser-internal scheme " + scheme + ":");
    }
    if (!WEB.contains(scheme)) {
      return Optional.of("not web traffic (scheme " + scheme + ":)");
    }
    if (url.get().host().isEmpty()) {
      return Optional.of("URL has no host");
    }

    if (isOwnTraffic(request.initiator(), extensionOrigin)) {
      return Optional.of("the extension's own traffic");
    }
    return Optional.empty();
  }

  /**
   * The extension's own requests carry its origin as initiator (Chromium gives {@code
   * chrome-extension://id}, Firefox an address under {@code moz-extension://uuid/}); the origin the
   * host knows ends with a slash. Both are compared as scheme and host.
   */
  private static boolean isOwnTraffic(@Nullable String initiator, String extensionOrigin) {
    if (initiator == null || initiator.isEmpty()) {
      return false;
    }
    Optional<String> own = origin(extensionOrigin);
    return own.isPresent() && own.equals(origin(initiator));
  }

  private static Optional<String> origin(String text) {
    return RequestUrl.parse(text.strip())
        .filter(u -> !u.host().isEmpty())
        .map(u -> u.scheme() + "://" + u.host().toLowerCase(Locale.ROOT));
  }
}

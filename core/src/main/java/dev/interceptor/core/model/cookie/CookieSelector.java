package dev.interceptor.core.model.cookie;

import dev.interceptor.core.model.capture.RequestUrl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the jar cookies that go with a request, following RFC 6265 5.4 with the cookie prefixes
 * of RFC 6265bis 4.1.3.
 *
 * <p>Decisions made here: a Secure cookie goes over https and wss, and also to loopback hosts
 * ({@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8}, {@code [::1]}) over plain http,
 * because Chromium and Firefox treat those as secure contexts. Partitioned cookies are never sent:
 * we have no top-level site to compare their partition key with (project rule, case C22). SameSite
 * is not applied, since a request we send has no initiating site; HttpOnly does not apply to an
 * HTTP client. Cookie stores are not told apart here: callers pass the store's cookies.
 */
public final class CookieSelector {

  private static final Comparator<Cookie> RFC_6265_ORDER =
      Comparator.comparingInt((Cookie c) -> c.path().length())
          .reversed()
          .thenComparing(Cookie::created);

  private CookieSelector() {}

  /**
   * Judges each candidate for a request to {@code url} at {@code now}.
   *
   * @throws IllegalArgumentException when {@code url} has no scheme or host
   */
  public static CookieSelection select(String url, List<Cookie> candidates, Instant now) {
    RequestUrl target =
        RequestUrl.parse(url)
            .filter(u -> !u.host().isEmpty())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "url must be absolute with a host, such as https://example.com/"));

    List<CookieVerdict> verdicts = new ArrayList<>();
    List<Cookie> sent = new ArrayList<>();
    for (Cookie cookie : candidates) {
      Optional<NotSentReason> reason = reasonNotSent(cookie, target, now);
      if (reason.isPresent()) {
        verdicts.add(new CookieVerdict.NotSent(cookie, reason.get()));
      } else {
        verdicts.add(new CookieVerdict.Sent(cookie));
        sent.add(cookie);
      }
    }

    // RFC 6265 5.4 step 2: longer paths first, then earlier creation; the sort is stable.
    sent.sort(RFC_6265_ORDER);
    return new CookieSelection(verdicts, sent);
  }

  /** The first rule the cookie breaks for this request, or empty when it is sent. */
  static Optional<NotSentReason> reasonNotSent(Cookie cookie, RequestUrl url, Instant now) {
    if (cookie.isPartitioned()) {
      return Optional.of(NotSentReason.PARTITIONED);
    }
    if (cookie.isExpiredAt(now)) {
      return Optional.of(NotSentReason.EXPIRED);
    }

    // RFC 6265bis 4.1.3: prefixes are matched without case since browsers do so.
    String name = cookie.name().toLowerCase(Locale.ROOT);
    if (name.startsWith("__host-")
        && (!cookie.secure() || !cookie.hostOnly() || !cookie.path().equals("/"))) {
      return Optional.of(NotSentReason.HOST_PREFIX);
    }
    if (name.startsWith("__secure-") && !cookie.secure()) {
      return Optional.of(NotSentReason.SECURE_PREFIX);
    }

    // RFC 6265 5.4 step 1: host-only cookies need the identical host, others a domain-match.
    String domain = bracketed(cookie.normalizedDomain(), url.host());
    if (cookie.hostOnly() && !url.host().equals(domain)) {
      return Optional.of(NotSentReason.HOST_ONLY);
    }
    if (!cookie.hostOnly() && !domainMatches(url.host(), domain)) {
      return Optional.of(NotSentReason.DOMAIN);
    }
    if (!pathMatches(url.path(), cookie.path())) {
      return Optional.of(NotSentReason.PATH);
    }
    if (cookie.secure() && !isSecureContext(url)) {
      return Optional.of(NotSentReason.SECURE);
    }
    return Optional.empty();
  }

  /** RFC 6265 5.1.3: identical, or a suffix after a dot of a host that is not an IP address. */
  static boolean domainMatches(String host, String domain) {
    if (host.equals(domain)) {
      return true;
    }
    return host.endsWith("." + domain) && !IpLiterals.isIpv4(host) && !host.startsWith("[");
  }

  /**
   * RFC 6265 5.1.4: identical, or the cookie path is a prefix that ends with {@code /} or is
   * followed by {@code /} in the request path ({@code /docs} matches {@code /docs/a}, not {@code
   * /docsx}).
   */
  static boolean pathMatches(String requestPath, String cookiePath) {
    if (requestPath.equals(cookiePath)) {
      return true;
    }
    if (!requestPath.startsWith(cookiePath)) {
      return false;
    }
    return cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/';
  }

  /** https and wss, or a loopback host, as browsers count secure contexts. */
  static boolean isSecureContext(RequestUrl url) {
    if (url.scheme().equals("https") || url.scheme().equals("wss")) {
      return true;
    }
    String host = url.host();
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || (IpLiterals.isIpv4(host) && host.startsWith("127."))
        || host.equals("[::1]");
  }

  /** A cookie domain written as a bare IPv6 address compares with the URL's bracketed host. */
  private static String bracketed(String domain, String host) {
    return host.startsWith("[") && !domain.startsWith("[") ? "[" + domain + "]" : domain;
  }
}

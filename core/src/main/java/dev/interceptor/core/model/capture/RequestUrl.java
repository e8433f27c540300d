package dev.interceptor.core.model.capture;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a request URL that capture rules look at: scheme, host, port and path.
 *
 * <p>Browsers send URLs that {@link java.net.URI} refuses (unescaped {@code |}, {@code {}} or
 * {@code ^} in a query), so this splits the text itself instead of validating it. {@code scheme}
 * and {@code host} are lower case; an IPv6 host keeps its brackets ({@code [::1]}); {@code port} is
 * -1 when the URL names none; {@code path} is the raw path without query or fragment, {@code /}
 * when empty.
 */
public record RequestUrl(String scheme, String host, int port, String path) {

  /**
   * Splits {@code url}; empty when it has no scheme or its port is not a number up to 65535. URLs
   * without an authority ({@code about:blank}, {@code data:...}) or with an empty one ({@code
   * file:///etc/hosts}) give an empty host.
   */
  public static Optional<RequestUrl> parse(String url) {
    int colon = url.indexOf(':');
    if (colon <= 0 || !isScheme(url.substring(0, colon))) {
      return Optional.empty();
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = url.substring(colon + 1);
    if (!rest.startsWith("//")) {
      return Optional.of(new RequestUrl(scheme, "", -1, "/"));
    }

    // RFC 3986 3.2: the authority runs to the first '/', '?' or '#'.
    rest = rest.substring(2);
    int authorityEnd = firstOf(rest, "/?#");
    String authority = rest.substring(0, authorityEnd);
    String afterAuthority = rest.substring(authorityEnd);
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);

    int portColon = hostPort.lastIndexOf(':');
    if (portColon >= 0 && hostPort.indexOf(']', portColon) >= 0) {
      portColon = -1;
    }
    String host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
    int port = portColon < 0 ? -1 : parsePort(hostPort.substring(portColon + 1));
    if (port < -1) {
      return Optional.empty();
    }

    String path = afterAuthority.substring(0, firstOf(afterAuthority, "?#"));
    return Optional.of(
        new RequestUrl(scheme, host.toLowerCase(Locale.ROOT), port, path.isEmpty() ? "/" : path));
  }

  /** The port the URL names, or the scheme's default (80, 443), or -1 when neither is known. */
  public int effectivePort() {
    if (port >= 0) {
      return port;
    }
    return defaultPort(scheme);
  }

  /** The host, followed by {@code :port} when the URL names a port other than the default. */
  public String hostAndPort() {
    return port < 0 || port == defaultPort(scheme) ? host : host + ":" + port;
  }

  /** The first segment of the path ({@code api} for {@code /api/users}), empty at the root. */
  public String firstPathSegment() {
    String p = path.startsWith("/") ? path.substring(1) : path;
    int slash = p.indexOf('/');
    return slash < 0 ? p : p.substring(0, slash);
  }

  private static int defaultPort(String scheme) {
    switch (scheme) {
      case "http":
      case "ws":
        return 80;
      case "https":
      case "wss":
        return 443;
      default:
        return -1;
    }
  }

  private static boolean isScheme(String text) {
    // RFC 3986 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    if (!isAsciiLetter(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int firstOf(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /** The port number, -1 when empty (as {@code http://host:/}), -2 when not a port. */
  private static int parsePort(String text) {
    if (text.isEmpty()) {
      return -1;
    }
    if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -2;
    }
    int port = Integer.parseInt(text);
    return port > 65_535 ? -2 : port;
  }
}

package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.HttpHeader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which captured headers are copied into a request sent again. The client writes its own framing
 * and connection headers, so those are not copied verbatim:
 *
 * <ul>
 *   <li>HTTP/2 and HTTP/3 pseudo-headers ({@code :authority}, {@code :path}, ...);
 *   <li>hop-by-hop headers (RFC 9110 7.6.1: {@code Connection}, {@code Keep-Alive}, {@code
 *       Proxy-Connection}, {@code TE}, {@code Trailer}, {@code Transfer-Encoding}, {@code Upgrade})
 *       and any header the captured {@code Connection} header names;
 *   <li>{@code Host} and {@code Content-Length}, which follow from the URL and the body;
 *   <li>{@code Accept-Encoding}: the client offers only what it can decode, so the body printed is
 *       never in an encoding nobody here can read (such as br or zstd);
 *   <li>{@code Cookie}, which is chosen from the jar or left out (see the replay command).
 * </ul>
 */
final class ForwardedHeaders {

  private static final Set<String> NOT_COPIED =
      Set.of(
          "connection",
          "keep-alive",
          "proxy-connection",
          "te",
          "trailer",
          "transfer-encoding",
          "upgrade",
          "host",
          "content-length",
          "accept-encoding",
          "cookie");

  private ForwardedHeaders() {}

  static List<HttpHeader> of(List<HttpHeader> captured) {
    Set<String> dropped = new HashSet<>(NOT_COPIED);
    for (HttpHeader h : captured) {
      if (h.name().equalsIgnoreCase("connection")) {
        for (String named : h.value().split(",")) {
          dropped.add(named.strip().toLowerCase(Locale.ROOT));
        }
      }
    }

    return captured.stream()
        .filter(h -> !h.name().startsWith(":"))
        .filter(h -> !dropped.contains(h.name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}

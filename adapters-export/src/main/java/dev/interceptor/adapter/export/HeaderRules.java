package dev.interceptor.adapter.export;

/** Which captured request headers a replaying client may be given. */
final class HeaderRules {

  private HeaderRules() {}

  /**
   * False for HTTP/2 pseudo-headers ({@code :authority}; RFC 9113 8.3), which are not header lines,
   * and for {@code Content-Length}, which the client computes from the body it sends.
   */
  static boolean replayable(String name) {
    return !name.startsWith(":") && !name.equalsIgnoreCase("Content-Length");
  }
}

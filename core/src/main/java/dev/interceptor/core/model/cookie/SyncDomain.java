package dev.interceptor.core.model.cookie;

import java.util.Locale;

/**
 * A domain whose cookies flow from the browser to the jar.
 *
 * <p>{@code host} is normalised: lower case, ASCII (punycode), no leading or trailing dot; an IPv6
 * literal is in brackets. When {@code includeSubdomains} is true the entry covers the host and
 * every name under it; otherwise (an entry typed with a scheme, an IP literal or {@code localhost})
 * only the host itself. IP literals and {@code localhost} never cover subdomains, whatever the flag
 * says. Use {@link SyncDomains#parse(String)} to make one from user input.
 */
public record SyncDomain(String host, boolean includeSubdomains) {

  public SyncDomain {
    if (host.isEmpty() || host.startsWith(".") || host.endsWith(".")) {
      throw new IllegalArgumentException("sync domain host is not normalised: '" + host + "'");
    }
    if (!host.equals(host.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("sync domain host is not lower case: '" + host + "'");
    }
  }

  /**
   * True when a cookie of {@code cookieDomain} (as the browser gives it, leading dot allowed, any
   * case) belongs to this sync domain: the domain equals the host, or, for an entry that includes
   * subdomains, ends with {@code "." + host}. {@code notexample.com} and {@code
   * example.com.evil.org} are not covered by {@code example.com}.
   */
  public boolean covers(String cookieDomain) {
    String d = cookieDomain.startsWith(".") ? cookieDomain.substring(1) : cookieDomain;
    d = d.toLowerCase(Locale.ROOT);
    if (d.equals(host) || (host.startsWith("[") && ("[" + d + "]").equals(host))) {
      return true;
    }
    return includeSubdomains && !IpLiterals.isExactOnlyHost(host) && d.endsWith("." + host);
  }

  /** True when the entry names one machine ({@code localhost} or an IP literal). */
  public boolean isIpOrLocalhost() {
    return IpLiterals.isExactOnlyHost(host);
  }

  /** The entry as a user would type it back: {@code example.com} or {@code https://host}. */
  public String display() {
    return includeSubdomains ? host : "https://" + host;
  }
}

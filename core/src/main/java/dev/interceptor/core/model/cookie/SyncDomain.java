package dev.interceptor.core.model.cookie;

/**
 * A domain whose cookies flow from the browser to the jar.
 *
 * <p>{@code host} is normalised: lower case, ASCII (punycode), no leading or trailing dot. When
 * {@code includeSubdomains} is true the entry covers the host and every name under it; otherwise
 * (an entry typed with a scheme, an IP literal or {@code localhost}) only the host itself. Use
 * {@link SyncDomains#parse(String)} to make one from user input.
 */
public record SyncDomain(String host, boolean includeSubdomains) {

  public SyncDomain {
    if (host.isEmpty() || host.startsWith(".") || host.endsWith(".")) {
      throw new IllegalArgumentException("sync domain host is not normalised: '" + host + "'");
    }
  }

  /**
   * True when a cookie of {@code cookieDomain} (as the browser gives it, leading dot allowed)
   * belongs to this sync domain: the domain equals the host, or, for an entry that includes
   * subdomains, ends with {@code "." + host}.
   */
  public boolean covers(String cookieDomain) {
    String d = cookieDomain.startsWith(".") ? cookieDomain.substring(1) : cookieDomain;
    d = d.toLowerCase(java.util.Locale.ROOT);
    if (d.equals(host)) {
      return true;
    }
    return includeSubdomains && d.endsWith("." + host);
  }

  /** The entry as a user would type it back: {@code example.com} or {@code https://host}. */
  public String display() {
    return includeSubdomains ? host : "https://" + host;
  }
}

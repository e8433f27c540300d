package dev.interceptor.core.model.cookie;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules of {@link SyncDomains#parse(String)}, one phase per block. */
final class SyncDomainParser {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
  private static final Pattern IPV4 =
      Pattern.compile(
          "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");

  private SyncDomainParser() {}

  static SyncDomain parse(String input) {
    String text = input.strip();
    if (text.isEmpty()) {
      throw new InvalidSyncDomainException(
          "sync domain is empty: type a host name such as example.com");
    }

    // A scheme narrows the entry to that exact host; anything after the host is refused.
    boolean exactHost = false;
    var scheme = SCHEME.matcher(text);
    if (scheme.find()) {
      String name = text.substring(0, scheme.end() - 3).toLowerCase(Locale.ROOT);
      if (!name.equals("http") && !name.equals("https")) {
        throw new InvalidSyncDomainException(
            "sync domain '"
                + input
                + "' has scheme "
                + name
                + ": only http:// or https:// may "
                + "mark an exact host");
      }
      exactHost = true;
      text = text.substring(scheme.end());
      if (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    refuseStructure(input, text);

    // Bracketed IPv6 literals, then the wildcard and dot forms users paste from other tools.
    if (text.startsWith("[") && text.endsWith("]")) {
      return new SyncDomain(text.toLowerCase(Locale.ROOT), false);
    }
    if (text.startsWith("*.")) {
      text = text.substring(2);
    } else if (text.startsWith(".")) {
      text = text.substring(1);
    }
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    String host = toAscii(input, text);

    // Hosts without subdomains: localhost and IP literals.
    if (host.equals("localhost") || IPV4.matcher(host).matches() || isIpv6(host)) {
      return new SyncDomain(host, false);
    }
    refusePublicSuffix(input, host);
    return new SyncDomain(host, !exactHost);
  }

  private static void refuseStructure(String input, String text) {
    if (text.indexOf(' ') >= 0 || text.indexOf('\t') >= 0) {
      throw new InvalidSyncDomainException(
          "sync domain '" + input + "' contains a space: type one host name such as example.com");
    }
    if (text.indexOf('/') >= 0 || text.indexOf('?') >= 0 || text.indexOf('#') >= 0) {
      throw new InvalidSyncDomainException(
          "sync domain '"
              + input
              + "' contains a path: type the host name only, such as "
              + "example.com");
    }
    if (text.indexOf(':') >= 0 && !isIpv6(text) && !text.startsWith("[")) {
      throw new InvalidSyncDomainException(
          "sync domain '"
              + input
              + "' contains a port: cookies do not depend on ports, type "
              + "the host name only");
    }
    if (text.contains("..") || text.equals(".") || text.equals("*.")) {
      throw new InvalidSyncDomainException(
          "sync domain '" + input + "' has an empty label (two dots in a row or only a dot)");
    }
  }

  private static String toAscii(String input, String text) {
    try {
      String ascii = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      if (ascii.isEmpty()) {
        throw new InvalidSyncDomainException("sync domain '" + input + "' is empty");
      }
      return ascii;
    } catch (IllegalArgumentException e) {
      throw new InvalidSyncDomainException(
          "sync domain '" + input + "' is not a valid host name: " + e.getMessage());
    }
  }

  private static boolean isIpv6(String host) {
    return host.indexOf(':') >= 0 && host.matches("^[0-9a-fA-F:.]+$");
  }

  private static void refusePublicSuffix(String input, String host) {
    InternetDomainName name;
    try {
      name = InternetDomainName.from(host);
    } catch (IllegalArgumentException e) {
      throw new InvalidSyncDomainException(
          "sync domain '" + input + "' is not a valid host name: " + e.getMessage());
    }
    if (name.isPublicSuffix()) {
      throw new InvalidSyncDomainException(
          "sync domain '"
              + input
              + "' is a public suffix: it would sync the cookies of every "
              + "site under it; type a registrable name such as example."
              + host);
    }
  }
}

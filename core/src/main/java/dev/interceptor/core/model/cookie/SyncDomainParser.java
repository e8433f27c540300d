package dev.interceptor.core.model.cookie;

import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules of {@link SyncDomains#parse(String)}, one phase per block. */
final class SyncDomainParser {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");

  private SyncDomainParser() {}

  static SyncDomain parse(String input) {
    String text = input.strip();
    if (text.isEmpty()) {
      throw refused(input, "is empty: type a host name such as example.com");
    }

    // A scheme narrows the entry to that exact host; only http(s) names a web host.
    boolean exactHost = false;
    var scheme = SCHEME.matcher(text);
    if (scheme.find()) {
      String name = text.substring(0, scheme.end() - 3).toLowerCase(Locale.ROOT);
      if (!name.equals("http") && !name.equals("https")) {
        throw refused(
            input, "has scheme " + name + ": only http:// or https:// may mark an exact host");
      }
      exactHost = true;
      text = text.substring(scheme.end());
      if (text.endsWith("/")) {
        text = text.substring(0, text.length() - 1);
      }
    }
    refuseStructure(input, text);

    // IP literals and localhost name one machine: they never cover subdomains.
    Optional<String> ipv6 = IpLiterals.canonicalIpv6(text);
    if (ipv6.isPresent()) {
      return new SyncDomain(ipv6.get(), false);
    }
    String host = toAscii(input, stripDots(input, text));
    if (IpLiterals.isExactOnlyHost(host)) {
      return new SyncDomain(host, false);
    }

    refuseInvalidOrPublicSuffix(input, host);
    return new SyncDomain(host, !exactHost);
  }

  private static void refuseStructure(String input, String text) {
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw refused(input, "contains a space: type one host name such as example.com");
    }
    if (text.indexOf('/') >= 0 || text.indexOf('?') >= 0 || text.indexOf('#') >= 0) {
      throw refused(input, "contains a path: type the host name only, such as example.com");
    }
    if (text.indexOf('@') >= 0) {
      throw refused(input, "contains a user name: type the host name only, such as example.com");
    }
    boolean ipv6 = IpLiterals.canonicalIpv6(text).isPresent();
    if (!ipv6 && (text.indexOf(':') >= 0 || text.indexOf(']') >= 0)) {
      throw refused(input, "contains a port: cookies do not depend on ports, type the host only");
    }
  }

  /** Removes one leading {@code .} or {@code *.} and one trailing dot, refusing empty labels. */
  private static String stripDots(String input, String text) {
    String t = text;
    if (t.startsWith("*.")) {
      t = t.substring(2);
    } else if (t.startsWith(".")) {
      t = t.substring(1);
    }
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.isEmpty() || t.startsWith(".") || t.endsWith(".") || t.contains("..")) {
      throw refused(input, "has an empty label (two dots in a row, or nothing but dots)");
    }
    return t;
  }

  private static String toAscii(String input, String text) {
    try {
      return IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw refused(input, "is not a valid host name: " + e.getMessage());
    }
  }

  private static void refuseInvalidOrPublicSuffix(String input, String host) {
    if (!InternetDomainName.isValid(host)) {
      throw refused(
          input, "is not a valid host name: use letters, digits and hyphens between dots");
    }
    InternetDomainName name = InternetDomainName.from(host);
    if (name.isPublicSuffix()) {
      throw refused(
          input,
          "is a public suffix: it would sync the cookies of every site under it; type a"
              + " registrable name such as example."
              + host);
    }
  }

  private static InvalidSyncDomainException refused(String input, String problem) {
    return new InvalidSyncDomainException("sync domain '" + input + "' " + problem);
  }
}

package dev.interceptor.core.model.cookie;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Recognises IP address literals, which cookies treat as exact hosts without subdomains. */
final class IpLiterals {

  private IpLiterals() {}

  /** True for {@code localhost}, a dotted-decimal IPv4 address or an IPv6 literal. */
  static boolean isExactOnlyHost(String host) {
    return host.equals("localhost") || isIpv4(host) || canonicalIpv6(host).isPresent();
  }

  /** True for four decimal octets 0 to 255 without leading zeros. */
  static boolean isIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
        return false;
      }
      if (!part.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * The RFC 5952 form of an IPv6 literal in brackets ({@code [::1]}), as browsers write it in URLs
   * and cookie domains; empty when {@code text} (with or without brackets) is not one. Zone ids are
   * not accepted.
   */
  static Optional<String> canonicalIpv6(String text) {
    String t = text;
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    if (t.indexOf(':') < 0) {
      return Optional.empty();
    }
    int[] groups = parseIpv6(t.toLowerCase(Locale.ROOT));
    return groups == null ? Optional.empty() : Optional.of("[" + format(groups) + "]");
  }

  private static int @Nullable [] parseIpv6(String t) {
    int gap = t.indexOf("::");
    if (gap >= 0 && t.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap < 0 ? t : t.substring(0, gap);
    String tail = gap < 0 ? "" : t.substring(gap + 2);
    int[] front = parseGroups(head, gap < 0);
    int[] back = parseGroups(tail, true);
    if (front == null || back == null) {
      return null;
    }
    int total = front.length + back.length;
    if ((gap < 0 && total != 8) || (gap >= 0 && total > 7)) {
      return null;
    }
    int[] groups = new int[8];
    System.arraycopy(front, 0, groups, 0, front.length);
    System.arraycopy(back, 0, groups, 8 - back.length, back.length);
    return groups;
  }

  /** Colon-separated hex groups; the last may be a dotted IPv4 address when {@code last}. */
  private static int @Nullable [] parseGroups(String text, boolean last) {
    if (text.isEmpty()) {
      return new int[0];
    }
    String[] parts = text.split(":", -1);
    int[] groups = new int[parts.length + 1];
    int n = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (last && i == parts.length - 1 && isIpv4(part)) {
        String[] octets = part.split("\\.");
        groups[n++] = Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]);
        groups[n++] = Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]);
        continue;
      }
      if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpLiterals::isHex)) {
        return null;
      }
      groups[n++] = Integer.parseInt(part, 16);
    }
    int[] result = new int[n];
    System.arraycopy(groups, 0, result, 0, n);
    return result;
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /** RFC 5952 4.2: the longest run of two or more zero groups (the first on a tie) becomes ::. */
  private static String format(int[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = Math.max(i, j);
    }

    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }
}

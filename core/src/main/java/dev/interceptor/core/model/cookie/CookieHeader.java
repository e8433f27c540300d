package dev.interceptor.core.model.cookie;

import java.util.ArrayList;
import java.util.List;

/** Writes and reads the value of a Cookie request header (RFC 6265 4.2, 5.4). */
public final class CookieHeader {

  private CookieHeader() {}

  /**
   * {@code name=value; name2=value2} in the given order, values unchanged ({@code abc123==} and
   * {@code "u=42"} stay as they are). A cookie with an empty name is written as its value alone, as
   * browsers do.
   */
  public static String format(List<Cookie> cookies) {
    StringBuilder header = new StringBuilder();
    for (Cookie cookie : cookies) {
      if (header.length() > 0) {
        header.append("; ");
      }
      if (!cookie.name().isEmpty()) {
        header.append(cookie.name()).append('=');
      }
      header.append(cookie.value());
    }
    return header.toString();
  }

  /**
   * Splits a Cookie header into pairs, in order, never throwing.
   *
   * <p>Each {@code ;}-separated segment splits at its first {@code =}: {@code token=abc123==} gives
   * {@code abc123==}, {@code twid="u=42"} keeps the quotes, {@code empty=} gives an empty value.
   * Spaces and tabs around names and values are dropped; empty segments are skipped. A segment
   * without {@code =} ({@code flag}) becomes a pair with an empty name and the segment as value,
   * which is how RFC 6265bis 5.6 and browsers read a nameless cookie, and how {@link #format}
   * writes it back.
   */
  public static List<CookiePair> parse(String header) {
    List<CookiePair> pairs = new ArrayList<>();
    for (String segment : header.split(";", -1)) {
      String s = trimOws(segment);
      if (s.isEmpty()) {
        continue;
      }
      int eq = s.indexOf('=');
      if (eq < 0) {
        pairs.add(new CookiePair("", s));
      } else {
        pairs.add(new CookiePair(trimOws(s.substring(0, eq)), trimOws(s.substring(eq + 1))));
      }
    }
    return pairs;
  }

  /** RFC 9110 OWS: spaces and horizontal tabs only. */
  private static String trimOws(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }
}

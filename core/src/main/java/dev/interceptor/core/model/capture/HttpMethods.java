package dev.interceptor.core.model.capture;

import java.util.Locale;

/** HTTP method names as capture filters store them. */
public final class HttpMethods {

  private HttpMethods() {}

  /**
   * The method upper-cased, after checking it is an RFC 9110 token.
   *
   * @throws InvalidFilterException naming the first character that may not appear in a method
   */
  public static String normalize(String method) {
    if (method.isEmpty()) {
      throw new InvalidFilterException("method", method, "a method name must not be empty", 0);
    }
    for (int i = 0; i < method.length(); i++) {
      if (!isTchar(method.charAt(i))) {
        throw new InvalidFilterException(
            "method",
            method,
            "character '"
                + method.charAt(i)
                + "' at index "
                + i
                + " is not allowed in a method"
                + " name (RFC 9110 token)",
            i);
      }
    }
    return method.toUpperCase(Locale.ROOT);
  }

  /** RFC 9110 5.6.2: tchar. */
  private static boolean isTchar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}

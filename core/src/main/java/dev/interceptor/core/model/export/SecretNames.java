package dev.interceptor.core.model.export;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which header, cookie and query parameter names carry secrets, so that exports can redact their
 * values unless the user asks to keep them.
 *
 * <p>A name is compared without case and with {@code -}, {@code _}, {@code .} and spaces removed,
 * so {@code X-API-Key}, {@code api_key} and {@code apiKey} are the same name. It is secret when it
 * is one of the credential headers ({@code Cookie}, {@code Set-Cookie}, {@code Authorization},
 * {@code Proxy-Authorization}), when it is one of a few short credential names ({@code sid}, {@code
 * jwt}, {@code pwd}), when it contains a credential word ({@code token}, {@code secret}, {@code
 * passw}, {@code apikey}, {@code session}, {@code sessid}, {@code csrf}, {@code xsrf}, {@code
 * credential}, {@code signature}, {@code privatekey}, {@code accesskey}), or when it starts or ends
 * with {@code auth} but is not {@code author} or a name built on it.
 */
public final class SecretNames {

  /** What replaces a secret value in an export. */
  public static final String REDACTED = "REDACTED";

  private static final Set<String> EXACT =
      Set.of("cookie", "setcookie", "authorization", "proxyauthorization", "sid", "jwt", "pwd");

  private static final List<String> CONTAINED =
      List.of(
          "token",
          "secret",
          "passw",
          "apikey",
          "session",
          "sessid",
          "csrf",
          "xsrf",
          "credential",
          "signature",
          "privatekey",
          "accesskey");

  private SecretNames() {}

  /** True when values under this name are secrets; {@code name} may be empty (never secret). */
  public static boolean isSecret(String name) {
    String n = normalize(name);

    if (EXACT.contains(n)) {
      return true;
    }
    for (String word : CONTAINED) {
      if (n.contains(word)) {
        return true;
      }
    }

    // "auth", "authorization", "x-auth", "oauth", "basic-auth": but "author" is a person's name.
    boolean authPrefix =
        n.startsWith("auth") && !n.startsWith("author") || n.startsWith("authoriz");
    return authPrefix || n.endsWith("auth");
  }

  private static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '-' && c != '_' && c != '.' && c != ' ') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}

package dev.interceptor.adapter.installer;

import java.util.regex.Pattern;

/** The registered name of the bridge host and the naming rules every host name must follow. */
public final class HostName {

  /** The name the extension passes to {@code connectNative}. */
  public static final String BRIDGE = "dev.interceptor.bridge";

  // Chrome's rule, stricter than Firefox's: lower-case letters, digits, '_' and single dots
  // between them, so the name works in every browser.
  private static final Pattern RULE = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

  private HostName() {}

  /** Whether the name follows the rules: no upper case, no leading, trailing or doubled dot. */
  public static boolean isValid(String name) {
    return RULE.matcher(name).matches();
  }
}

package dev.interceptor.core.model.settings;

import java.util.regex.Pattern;

/**
 * The forms an extension id takes: a Chromium id (32 letters a to p, derived from the extension's
 * key) or a Firefox add-on id (an e-mail-like {@code name@example.com} or a GUID in braces).
 */
public final class ExtensionIds {

  private static final Pattern CHROMIUM = Pattern.compile("[a-p]{32}");
  private static final Pattern FIREFOX_EMAIL = Pattern.compile("[A-Za-z0-9._+-]*@[A-Za-z0-9.-]+");
  private static final Pattern FIREFOX_GUID =
      Pattern.compile("\\{[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}}");

  private ExtensionIds() {}

  /** True for a bare Chromium extension id: exactly 32 letters a to p. */
  public static boolean isChromium(String id) {
    return CHROMIUM.matcher(id).matches();
  }

  /** True for a Firefox add-on id: {@code name@domain} or a GUID in braces. */
  public static boolean isFirefox(String id) {
    return FIREFOX_EMAIL.matcher(id).matches() || FIREFOX_GUID.matcher(id).matches();
  }

  /**
   * Checks one id as a user typed it and returns it without surrounding spaces.
   *
   * @throws IllegalArgumentException naming the id and the accepted forms
   */
  public static String validate(String extensionId) {
    String id = extensionId.strip();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("extension id must not be blank");
    }
    if (isChromium(id) || isFirefox(id)) {
      return id;
    }
    throw new IllegalArgumentException(
        "'"
            + id
            + "' is not an extension id: use a Chromium id (32 letters a to p, shown on"
            + " chrome://extensions) or a Firefox add-on id (name@example.com or {GUID})");
  }
}

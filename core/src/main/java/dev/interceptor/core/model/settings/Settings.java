package dev.interceptor.core.model.settings;

import dev.interceptor.core.model.routing.CaptureSettings;
import java.util.Set;

/**
 * Everything the user configures. {@code allowedExtensionIds} are the extension ids (Chromium) or
 * add-on ids (Firefox) whose connections the host serves; {@code historyRetention} is how many
 * History entries are kept.
 */
public record Settings(
    CaptureSettings capture,
    CookieSyncSettings cookieSync,
    Set<String> allowedExtensionIds,
    int historyRetention) {

  public static final int DEFAULT_RETENTION = 5_000;

  public Settings {
    allowedExtensionIds = Set.copyOf(allowedExtensionIds);
    if (historyRetention < 1) {
      throw new IllegalArgumentException(
          "historyRetention must be at least 1, was " + historyRetention);
    }
  }

  public static Settings defaults(Set<String> allowedExtensionIds) {
    return new Settings(
        CaptureSettings.DEFAULT,
        CookieSyncSettings.DEFAULT,
        allowedExtensionIds,
        DEFAULT_RETENTION);
  }
}

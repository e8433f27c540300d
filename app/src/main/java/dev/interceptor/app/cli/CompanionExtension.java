package dev.interceptor.app.cli;

import dev.interceptor.core.model.settings.Settings;
import java.util.Set;

/**
 * The browser extension that ships with Interceptor (its id is in {@code extension/EXTENSION_ID},
 * fixed by the key in its manifest). A fresh installation allows it, so the first connection works
 * without any set-up; {@code interceptor extension disallow} takes it away.
 */
public final class CompanionExtension {

  /** The Chromium extension id of the companion extension. */
  public static final String ID = "aclblkgnlianipdjkdhdjopimdphplle";

  /** The caller origin a Chromium browser passes when the companion extension connects. */
  public static final String ORIGIN = "chrome-extension://" + ID + "/";

  private CompanionExtension() {}

  /** The settings of a store that has never saved any: the defaults, allowing this extension. */
  public static Settings firstRunSettings() {
    return Settings.defaults(Set.of(ID));
  }
}

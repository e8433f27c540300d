package dev.interceptor.core.port.out;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;

/**
 * Tells the connected extension about changes. Fire and forget: a notification to an extension that
 * is gone is dropped, because it receives the current settings when it next connects.
 */
public interface ExtensionNotifier {

  /** Sends the current settings. */
  void pushSettings(Settings settings);

  /** Asks for a fresh snapshot of one sync domain's cookies. */
  void requestSnapshot(SyncDomain domain);
}

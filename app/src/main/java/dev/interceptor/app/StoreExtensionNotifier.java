package dev.interceptor.app;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.ExtensionNotifier;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;

/**
 * How the command line reaches extensions: through the store that every running host polls. Saved
 * settings already raise the revision hosts watch, so pushing them does nothing more; a snapshot
 * request is stored as a resync request, which raises the revision too.
 */
final class StoreExtensionNotifier implements ExtensionNotifier {

  private final SettingsStore settings;

  @Inject
  StoreExtensionNotifier(SettingsStore settings) {
    this.settings = settings;
  }

  @Override
  public void pushSettings(Settings saved) {
    // Hosts notice the saved settings by their revision within one poll.
  }

  @Override
  public void requestSnapshot(SyncDomain domain) {
    settings.requestResync(domain.host());
  }
}

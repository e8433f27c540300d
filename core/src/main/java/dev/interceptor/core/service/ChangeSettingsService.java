package dev.interceptor.core.service;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import dev.interceptor.core.port.out.ExtensionNotifier;
import dev.interceptor.core.port.out.SettingsStore;

/**
 * Applies a settings command: stores the new settings, pushes them to a connected extension, and
 * asks it for snapshots of domains just added or resumed.
 *
 * <p>Decisions: a command that changes nothing (adding a domain already present, turning on what is
 * on) neither saves nor notifies. Removing a sync domain keeps its cookies in the jar. Adding a
 * domain while sync is off stores it and asks for its snapshot when sync is turned on.
 */
public final class ChangeSettingsService implements ChangeSettingsUseCase {

  private final SettingsStore store;
  private final ExtensionNotifier notifier;

  public ChangeSettingsService(SettingsStore store, ExtensionNotifier notifier) {
    this.store = store;
    this.notifier = notifier;
  }

  @Override
  public Settings change(ChangeSettingsCommand command) {
    // Loaded fresh, not cached: another process may have saved a moment ago.
    Settings current = store.load();

    SettingsChange change = SettingsEditor.apply(current, command);

    if (!change.next().equals(current)) {
      store.save(change.next());
      notifier.pushSettings(change.next());
    }
    // After the push, so the extension already knows the domain it is asked about.
    for (SyncDomain domain : change.snapshots()) {
      notifier.requestSnapshot(domain);
    }
    return change.next();
  }
}

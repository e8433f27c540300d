package dev.interceptor.core.port.in;

import dev.interceptor.core.model.settings.Settings;

/**
 * Changes the settings, stores them, and tells a connected extension. Adding a sync domain, and
 * turning sync back on, ask the extension for fresh snapshots.
 *
 * @throws IllegalArgumentException for an invalid sync domain or unknown domain to remove; the
 *     settings are then unchanged
 */
public interface ChangeSettingsUseCase {

  Settings change(ChangeSettingsCommand command);
}

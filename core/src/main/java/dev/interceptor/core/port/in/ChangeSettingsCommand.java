package dev.interceptor.core.port.in;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.routing.CaptureTarget;

/** One change a user makes to the settings, from the CLI or the extension's popup. */
public sealed interface ChangeSettingsCommand {

  record SetCaptureEnabled(boolean enabled) implements ChangeSettingsCommand {}

  /** A filter already validated by {@code CaptureFilters.of}. */
  record SetCaptureFilter(CaptureFilter filter) implements ChangeSettingsCommand {}

  record SetCaptureTarget(CaptureTarget target) implements ChangeSettingsCommand {}

  record SetCookieSyncEnabled(boolean enabled) implements ChangeSettingsCommand {}

  /** A sync domain as typed by the user; parsed and validated by the service. */
  record AddSyncDomain(String domain) implements ChangeSettingsCommand {}

  record RemoveSyncDomain(String domain) implements ChangeSettingsCommand {}

  /** Asks the extension for a fresh snapshot of a sync domain, changing nothing else. */
  record ResyncDomain(String domain) implements ChangeSettingsCommand {}

  record AllowExtension(String extensionId) implements ChangeSettingsCommand {}

  record DisallowExtension(String extensionId) implements ChangeSettingsCommand {}

  record SetHistoryRetention(int entries) implements ChangeSettingsCommand {

    public SetHistoryRetention {
      if (entries < 1) {
        throw new IllegalArgumentException("retention must be at least 1, was " + entries);
      }
    }
  }
}

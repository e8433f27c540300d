package dev.interceptor.core.service;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;
import java.util.List;

/** The settings after a command, and the sync domains whose snapshots the extension must send. */
record SettingsChange(Settings next, List<SyncDomain> snapshots) {

  SettingsChange {
    snapshots = List.copyOf(snapshots);
  }

  static SettingsChange to(Settings next) {
    return new SettingsChange(next, List.of());
  }
}

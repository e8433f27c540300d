package dev.interceptor.core.service;

import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import org.jspecify.annotations.Nullable;

/**
 * The settings as last loaded, reloaded only when the store's revision moves, so that a capture
 * costs one revision read rather than a full load. Safe to share between threads.
 */
final class SettingsCache {

  private record Loaded(long revision, Settings settings) {}

  private final SettingsStore store;
  private volatile @Nullable Loaded loaded;

  SettingsCache(SettingsStore store) {
    this.store = store;
  }

  Settings current() {
    // The revision is read before loading: a save in between makes the next call load again.
    long revision = store.revision();
    Loaded last = loaded;
    if (last != null && last.revision() == revision) {
      return last.settings();
    }

    Settings settings = store.load();
    loaded = new Loaded(revision, settings);
    return settings;
  }
}

package dev.interceptor.core.port.out;

import dev.interceptor.core.model.settings.Settings;
import java.time.Instant;
import java.util.Map;

/**
 * The user's settings and a cheap change signal. Methods throw {@link StoreException}.
 *
 * <p>Every {@link #save} raises {@link #revision()}, whichever process saves; a running host polls
 * the revision to notice changes made by the CLI.
 */
public interface SettingsStore {

  Settings load();

  void save(Settings settings);

  /** A number that changes whenever the settings change. Cheap: it may be polled often. */
  long revision();

  /** When each sync domain (by its host) last received a snapshot or change. */
  Map<String, Instant> lastSync();

  void recordSync(String syncDomainHost, Instant at);
}

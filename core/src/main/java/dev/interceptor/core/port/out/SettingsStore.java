package dev.interceptor.core.port.out;

import dev.interceptor.core.model.settings.Settings;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The user's settings and a cheap change signal. Methods throw {@link StoreException}.
 *
 * <p>Every {@link #save} raises {@link #revision()}, whichever process saves; a running host polls
 * the revision to notice changes made by the CLI. A resync request raises it too, so that a host
 * notices a request for a fresh cookie snapshot that changes no setting.
 */
public interface SettingsStore {

  Settings load();

  void save(Settings settings);

  /** A number that changes whenever the settings change. Cheap: it may be polled often. */
  long revision();

  /** When each sync domain (by its host) last received a snapshot or change. */
  Map<String, Instant> lastSync();

  void recordSync(String syncDomainHost, Instant at);

  /**
   * Asks every running host to have its extension send a fresh snapshot of one sync domain, and
   * raises {@link #revision()} so that hosts notice the request.
   *
   * @param syncDomainHost the sync domain's host, as {@code SyncDomain.host()}
   */
  void requestResync(String syncDomainHost);

  /**
   * The sync domain hosts asked for by {@link #requestResync} after the settings were at {@code
   * revision}, oldest first, each once. A host passes the last revision it acted on; a request made
   * while it reads may be returned again on its next call, which only repeats a snapshot.
   */
  List<String> resyncRequestsSince(long revision);
}

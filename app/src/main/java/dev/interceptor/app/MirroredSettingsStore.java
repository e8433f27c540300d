package dev.interceptor.app;

import dev.interceptor.adapter.nativemessaging.SettingsMirror;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's settings, with the hosts' settings mirror kept in step on every save: the mirror is
 * removed before the save commits and written from the store after it, so a host that starts
 * meanwhile finds no mirror and reads the store. A mirror that cannot be written only makes hosts
 * answer {@code hello} later; the save itself stands.
 */
final class MirroredSettingsStore implements SettingsStore {

  private static final Logger LOG = LoggerFactory.getLogger(MirroredSettingsStore.class);

  private final SettingsStore store;
  private final SettingsMirror mirror;

  MirroredSettingsStore(SettingsStore store, SettingsMirror mirror) {
    this.store = store;
    this.mirror = mirror;
  }

  @Override
  public Settings load() {
    return store.load();
  }

  @Override
  public void save(Settings settings) {
    try {
      mirror.invalidate();
    } catch (IOException e) {
      LOG.warn("cannot remove {}: starting hosts may see the old settings", mirror.file(), e);
    }

    store.save(settings);

    try {
      mirror.refresh(store);
    } catch (IOException e) {
      LOG.warn("cannot write {}: hosts answer hello later", mirror.file(), e);
    }
  }

  @Override
  public long revision() {
    return store.revision();
  }

  @Override
  public Map<String, Instant> lastSync() {
    return store.lastSync();
  }

  @Override
  public void recordSync(String syncDomainHost, Instant at) {
    store.recordSync(syncDomainHost, at);
  }

  @Override
  public void requestResync(String syncDomainHost) {
    store.requestResync(syncDomainHost);
  }

  @Override
  public List<String> resyncRequestsSince(long revision) {
    return store.resyncRequestsSince(revision);
  }
}

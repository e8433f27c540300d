package dev.interceptor.core.testing;

import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Settings in memory; counts loads and saves so tests can check caching. */
public final class InMemorySettingsStore implements SettingsStore {

  private volatile Settings settings;
  private volatile long revision;
  private volatile int loads;
  private volatile int saves;
  private final Map<String, Instant> lastSync = new ConcurrentHashMap<>();
  private final List<Map.Entry<Long, String>> resyncs = new ArrayList<>();

  public InMemorySettingsStore(Settings initial) {
    this.settings = initial;
  }

  public InMemorySettingsStore() {
    this(Settings.defaults(Set.of()));
  }

  @Override
  public Settings load() {
    loads++;
    return settings;
  }

  @Override
  public synchronized void save(Settings next) {
    saves++;
    settings = next;
    revision++;
  }

  @Override
  public long revision() {
    return revision;
  }

  @Override
  public Map<String, Instant> lastSync() {
    return Map.copyOf(lastSync);
  }

  @Override
  public void recordSync(String syncDomainHost, Instant at) {
    lastSync.put(syncDomainHost, at);
  }

  @Override
  public synchronized void requestResync(String syncDomainHost) {
    revision++;
    resyncs.add(Map.entry(revision, syncDomainHost));
  }

  @Override
  public synchronized List<String> resyncRequestsSince(long since) {
    LinkedHashSet<String> hosts = new LinkedHashSet<>();
    for (Map.Entry<Long, String> request : resyncs) {
      if (request.getKey() > since) {
        hosts.add(request.getValue());
      }
    }
    return List.copyOf(hosts);
  }

  /** How many times {@link #load} ran. */
  public int loads() {
    return loads;
  }

  /** How many times {@link #save} ran. */
  public int saves() {
    return saves;
  }
}

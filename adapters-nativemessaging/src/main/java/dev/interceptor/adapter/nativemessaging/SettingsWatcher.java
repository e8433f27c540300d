package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.adapter.nativemessaging.Outbound.CookieSyncView;
import dev.interceptor.adapter.nativemessaging.Outbound.ResyncMessage;
import dev.interceptor.adapter.nativemessaging.Outbound.SettingsMessage;
import dev.interceptor.adapter.nativemessaging.Outbound.SettingsView;
import dev.interceptor.adapter.nativemessaging.Outbound.SyncDomainView;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices settings changed by any process (through {@link SettingsStore#revision()}) and tells the
 * extension: the new {@code settings}, and a {@code cookies.resync} for every sync domain that
 * became active or that another process asked to resync ({@link SettingsStore#requestResync}).
 * Sends no settings when they equal the last ones sent, and each domain at most once per change.
 */
final class SettingsWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(SettingsWatcher.class);

  private final SettingsStore store;
  private final MessageSender sender;
  private long revision;
  private @Nullable Settings lastSent;
  private boolean failureLogged;

  SettingsWatcher(SettingsStore store, MessageSender sender, long revision, Settings current) {
    this.store = store;
    this.sender = sender;
    this.revision = revision;
    this.lastSent = current;
  }

  /** Called every poll interval from the watcher thread. */
  void poll() {
    try {
      long now = store.revision();
      if (now == revision) {
        return;
      }
      long before = revision;
      revision = now;
      Settings settings = store.load();
      Set<SyncDomain> asked = publish(settings);
      resyncRequested(settings, store.resyncRequestsSince(before), asked);
    } catch (RuntimeException e) {
      if (!failureLogged) {
        failureLogged = true;
        LOG.warn("could not read the settings; changes will reach the extension late", e);
      }
    }
  }

  /** Records settings the extension already has (sent in {@code welcome}). */
  synchronized void delivered(Settings settings) {
    lastSent = settings;
  }

  /**
   * Records that the extension was welcomed with {@code sent} (read from the settings mirror, null
   * when unknown) while the store holds {@code current}: sends {@code current} when its wire form
   * differs, and asks for snapshots of the sync domains the extension did not know as active.
   */
  synchronized void welcomedWith(@Nullable SettingsView sent, Settings current) {
    lastSent = current;
    SettingsView now = WireMapping.toView(current);
    if (now.equals(sent)) {
      return;
    }
    sender.send(new SettingsMessage(now));
    LOG.debug("sent the store's settings, which differ from the ones welcomed with");

    if (sent == null || !current.cookieSync().enabled()) {
      return;
    }
    CookieSyncView before = sent.cookieSync();
    for (SyncDomain domain : current.cookieSync().domains()) {
      SyncDomainView known = new SyncDomainView(domain.host(), domain.includeSubdomains());
      if (!before.enabled() || !before.domains().contains(known)) {
        resync(domain);
      }
    }
  }

  /**
   * Sends settings unless the extension has them, then asks for snapshots of new domains.
   *
   * @return the domains whose snapshots were asked for
   */
  synchronized Set<SyncDomain> publish(Settings settings) {
    Settings previous = lastSent;
    if (settings.equals(previous)) {
      return Set.of();
    }
    lastSent = settings;
    sender.send(new SettingsMessage(WireMapping.toView(settings)));
    LOG.debug("sent changed settings to the extension");

    CookieSyncSettings now = settings.cookieSync();
    if (!now.enabled() || previous == null) {
      return Set.of();
    }
    CookieSyncSettings before = previous.cookieSync();
    Set<SyncDomain> asked = new HashSet<>();
    for (SyncDomain domain : now.domains()) {
      if (!before.enabled() || !before.domains().contains(domain)) {
        resync(domain);
        asked.add(domain);
      }
    }
    return asked;
  }

  /** Asks for snapshots other processes requested, of domains that are synced now. */
  private void resyncRequested(Settings settings, List<String> hosts, Set<SyncDomain> asked) {
    CookieSyncSettings sync = settings.cookieSync();
    if (!sync.enabled()) {
      return;
    }
    for (SyncDomain domain : sync.domains()) {
      if (hosts.contains(domain.host()) && !asked.contains(domain)) {
        LOG.debug("resync of {} requested by another process", domain.host());
        resync(domain);
      }
    }
  }

  void resync(SyncDomain domain) {
    sender.send(new ResyncMessage(domain.host(), domain.includeSubdomains()));
  }
}

package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.adapter.nativemessaging.Outbound.ResyncMessage;
import dev.interceptor.adapter.nativemessaging.Outbound.SettingsMessage;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.out.SettingsStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices settings changed by any process (through {@link SettingsStore#revision()}) and tells the
 * extension: the new {@code settings}, and a {@code cookies.resync} for every sync domain that
 * became active. Sends nothing when the settings equal the last ones sent.
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
      revision = now;
      publish(store.load());
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

  /** Sends settings unless the extension has them, then asks for snapshots of new domains. */
  synchronized void publish(Settings settings) {
    Settings previous = lastSent;
    if (settings.equals(previous)) {
      return;
    }
    lastSent = settings;
    sender.send(new SettingsMessage(WireMapping.toView(settings)));
    LOG.debug("sent changed settings to the extension");

    CookieSyncSettings now = settings.cookieSync();
    if (!now.enabled() || previous == null) {
      return;
    }
    CookieSyncSettings before = previous.cookieSync();
    for (SyncDomain domain : now.domains()) {
      if (!before.enabled() || !before.domains().contains(domain)) {
        resync(domain);
      }
    }
  }

  void resync(SyncDomain domain) {
    sender.send(new ResyncMessage(domain.host(), domain.includeSubdomains()));
  }
}

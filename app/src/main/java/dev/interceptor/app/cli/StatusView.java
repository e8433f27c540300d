package dev.interceptor.app.cli;

import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.session.HostSession;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What {@code status --json} prints. Times are ISO-8601 in UTC. */
record StatusView(
    List<SessionView> sessions,
    SettingsView.CaptureView capture,
    boolean cookieSyncEnabled,
    List<SyncedDomainView> syncDomains,
    long historyEntries,
    int historyRetention) {

  record SessionView(
      long pid,
      String browser,
      String profile,
      String extensionId,
      String extensionVersion,
      @Nullable String connectedSince,
      @Nullable String lastMessage,
      long capturesStored,
      long capturesDropped,
      long cookieEvents) {

    static SessionView of(HostSession s) {
      return new SessionView(
          s.pid(),
          s.browser(),
          s.profile(),
          s.extensionId(),
          s.extensionVersion(),
          Formats.iso(s.connectedSince()),
          Formats.iso(s.lastMessage()),
          s.capturesStored(),
          s.capturesDropped(),
          s.cookieEvents());
    }
  }

  /** A sync domain with how many cookies the jar holds for it and when it last synced. */
  record SyncedDomainView(
      String domain, boolean includeSubdomains, int cookies, @Nullable String lastSync) {

    static SyncedDomainView of(SyncDomain domain, int cookies, @Nullable Instant lastSync) {
      return new SyncedDomainView(
          domain.host(), domain.includeSubdomains(), cookies, Formats.iso(lastSync));
    }
  }
}

package dev.interceptor.app.cli;

import dev.interceptor.adapter.nativemessaging.BridgeHost;
import dev.interceptor.adapter.nativemessaging.HostHandover;
import dev.interceptor.adapter.nativemessaging.HostOptions;
import dev.interceptor.adapter.nativemessaging.HostPorts;
import dev.interceptor.adapter.nativemessaging.HostStreams;
import dev.interceptor.adapter.nativemessaging.LaunchArguments;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ApplyCookieChangeUseCase;
import dev.interceptor.core.port.in.ApplyCookieSnapshotUseCase;
import dev.interceptor.core.port.in.CaptureRequestUseCase;
import dev.interceptor.core.port.out.ExtensionNotifier;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.port.out.StoreTransactions;
import dev.interceptor.core.service.ChangeSettingsService;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Builds bridge hosts over the bound use cases and store. A host's own settings changes (from the
 * extension's popup) notify that host's extension directly, so each host gets a settings service
 * whose notifier is the host itself.
 */
final class BridgeHosts {

  private final CaptureRequestUseCase capture;
  private final ApplyCookieSnapshotUseCase cookieSnapshot;
  private final ApplyCookieChangeUseCase cookieChange;
  private final SettingsStore settings;
  private final StoreTransactions transactions;
  private final HostSessions sessions;
  private final Clock clock;

  @Inject
  BridgeHosts(
      CaptureRequestUseCase capture,
      ApplyCookieSnapshotUseCase cookieSnapshot,
      ApplyCookieChangeUseCase cookieChange,
      SettingsStore settings,
      StoreTransactions transactions,
      HostSessions sessions,
      Clock clock) {
    this.capture = capture;
    this.cookieSnapshot = cookieSnapshot;
    this.cookieChange = cookieChange;
    this.settings = settings;
    this.transactions = transactions;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** A host for one connection over {@code streams}, not yet running. */
  BridgeHost create(LaunchArguments launch, HostStreams streams) {
    return create(launch, HostHandover.fresh(streams, null));
  }

  /** A host for one connection, taking over from {@code handover}, not yet running. */
  BridgeHost create(LaunchArguments launch, HostHandover handover) {
    HostNotifier notifier = new HostNotifier();
    HostPorts ports =
        new HostPorts(
            capture,
            cookieSnapshot,
            cookieChange,
            new ChangeSettingsService(settings, notifier),
            settings,
            transactions,
            sessions,
            clock);

    BridgeHost host = new BridgeHost(ports, launch, handover, HostOptions.defaults(version()));
    notifier.host = host;
    return host;
  }

  static String version() {
    String version = BridgeHosts.class.getPackage().getImplementationVersion();
    return version == null ? "0.0.0-dev" : version;
  }

  /** Forwards to the host once it exists: the host needs the service, the service a notifier. */
  private static final class HostNotifier implements ExtensionNotifier {

    private volatile @Nullable BridgeHost host;

    @Override
    public void pushSettings(Settings saved) {
      BridgeHost target = host;
      if (target != null) {
        target.pushSettings(saved);
      }
    }

    @Override
    public void requestSnapshot(SyncDomain domain) {
      BridgeHost target = host;
      if (target != null) {
        target.requestSnapshot(domain);
      }
    }
  }
}

package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.RoutingDecision;
import dev.interceptor.core.model.session.HostSession;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ApplyCookieChangeCommand;
import dev.interceptor.core.port.in.ApplyCookieSnapshotCommand;
import dev.interceptor.core.port.in.CaptureOutcome;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import dev.interceptor.core.port.in.CookieSyncOutcome;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.port.out.StoreException;
import dev.interceptor.core.port.out.StoreTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Ports backed by memory: writes become visible only when their transaction commits. */
final class InMemoryPorts {

  static final String EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop";

  final List<CapturedRequest> committedCaptures = new CopyOnWriteArrayList<>();
  final List<Object> committedCookieCommands = new CopyOnWriteArrayList<>();
  final AtomicInteger commits = new AtomicInteger();
  final AtomicLong revision = new AtomicLong(1);
  final List<Map.Entry<Long, String>> resyncRequests = new CopyOnWriteArrayList<>();
  final List<HostSession> sessionWrites = new CopyOnWriteArrayList<>();
  final List<Long> closedSessions = new CopyOnWriteArrayList<>();
  volatile Settings settings =
      new Settings(
          new CaptureSettings(
              true,
              dev.interceptor.core.model.capture.CaptureFilter.ALL,
              dev.interceptor.core.model.routing.CaptureTarget.HISTORY),
          CookieSyncSettings.DEFAULT,
          Set.of(EXTENSION_ID),
          Settings.DEFAULT_RETENTION);
  volatile boolean failStore;

  private final ThreadLocal<List<Runnable>> pending = new ThreadLocal<>();

  /**
   * The request with a streamed body read into memory, as a store reads it inside the transaction:
   * the host removes the file it streams from once the capture is committed.
   */
  private static CapturedRequest held(CapturedRequest r) {
    RequestBody body = r.body();
    if (body instanceof RequestBody.Text text && text.source().isPresent()) {
      body = new RequestBody.Text(text.text());
    } else if (body instanceof RequestBody.Bytes bytes && bytes.source().isPresent()) {
      body = new RequestBody.Bytes(bytes.data());
    } else {
      return r;
    }
    return new CapturedRequest(
        r.id(),
        r.time(),
        r.url(),
        r.method(),
        r.requestHeaders(),
        body,
        r.bodySize(),
        r.bodyTruncated(),
        r.filePartsOmitted(),
        r.resourceType(),
        r.tabId(),
        r.initiator(),
        r.response(),
        r.error());
  }

  HostPorts ports() {
    return new HostPorts(
        command -> {
          if (!settings.capture().enabled()) {
            return new CaptureOutcome(new RoutingDecision.Dropped("capture off"), false);
          }
          CapturedRequest request = held(command.request());
          write(() -> committedCaptures.add(request));
          return new CaptureOutcome(new RoutingDecision.ToHistory(), false);
        },
        (ApplyCookieSnapshotCommand command) -> {
          write(() -> committedCookieCommands.add(command));
          return new CookieSyncOutcome(command.cookies().size(), 0, "");
        },
        (ApplyCookieChangeCommand command) -> {
          write(() -> committedCookieCommands.add(command));
          return new CookieSyncOutcome(1, 0, "");
        },
        this::change,
        settingsStore(),
        transactions(),
        hostSessions(),
        Clock.systemUTC());
  }

  void changeSettings(Settings next) {
    settings = next;
    revision.incrementAndGet();
  }

  private Settings change(ChangeSettingsCommand command) {
    Settings s = settings;
    if (command instanceof ChangeSettingsCommand.SetCaptureEnabled) {
      boolean on = ((ChangeSettingsCommand.SetCaptureEnabled) command).enabled();
      changeSettings(
          new Settings(
              new CaptureSettings(on, s.capture().filter(), s.capture().target()),
              s.cookieSync(),
              s.allowedExtensionIds(),
              s.historyRetention()));
    } else if (command instanceof ChangeSettingsCommand.AddSyncDomain) {
      var domain = SyncDomains.parse(((ChangeSettingsCommand.AddSyncDomain) command).domain());
      changeSettings(
          new Settings(
              s.capture(),
              new CookieSyncSettings(
                  s.cookieSync().enabled(),
                  Stream.concat(s.cookieSync().domains().stream(), Stream.of(domain)).toList()),
              s.allowedExtensionIds(),
              s.historyRetention()));
    }
    return settings;
  }

  private void write(Runnable effect) {
    if (failStore) {
      throw new StoreException("disk full");
    }
    List<Runnable> tx = pending.get();
    if (tx == null) {
      effect.run();
    } else {
      tx.add(effect);
    }
  }

  private StoreTransactions transactions() {
    return new StoreTransactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        pending.set(new ArrayList<>());
        try {
          T result = work.get();
          pending.get().forEach(Runnable::run);
          commits.incrementAndGet();
          return result;
        } finally {
          pending.remove();
        }
      }
    };
  }

  SettingsStore settingsStore() {
    return new SettingsStore() {
      @Override
      public Settings load() {
        return settings;
      }

      @Override
      public void save(Settings next) {
        changeSettings(next);
      }

      @Override
      public long revision() {
        return revision.get();
      }

      @Override
      public Map<String, Instant> lastSync() {
        return Map.of();
      }

      @Override
      public void recordSync(String syncDomainHost, Instant at) {}

      @Override
      public void requestResync(String syncDomainHost) {
        resyncRequests.add(Map.entry(revision.incrementAndGet(), syncDomainHost));
      }

      @Override
      public List<String> resyncRequestsSince(long since) {
        return resyncRequests.stream()
            .filter(r -> r.getKey() > since)
            .map(Map.Entry::getValue)
            .distinct()
            .toList();
      }
    };
  }

  private HostSessions hostSessions() {
    return new HostSessions() {
      @Override
      public HostSession open(HostSession session) {
        HostSession opened =
            new HostSession(
                42,
                session.pid(),
                session.browser(),
                session.profile(),
                session.extensionId(),
                session.extensionVersion(),
                session.connectedSince(),
                session.lastMessage(),
                session.capturesStored(),
                session.capturesDropped(),
                session.cookieEvents());
        sessionWrites.add(opened);
        return opened;
      }

      @Override
      public void update(HostSession session) {
        sessionWrites.add(session);
      }

      @Override
      public void close(long id) {
        closedSessions.add(id);
      }

      @Override
      public List<HostSession> live() {
        return List.of();
      }
    };
  }
}

package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.adapter.nativemessaging.Inbound.CaptureMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.CookieChangedMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.CookieMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.CookieSnapshotMessage;
import dev.interceptor.adapter.nativemessaging.Inbound.SettingsChangeMessage;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieChange;
import dev.interceptor.core.model.routing.RoutingDecision;
import dev.interceptor.core.port.in.ApplyCookieChangeCommand;
import dev.interceptor.core.port.in.ApplyCookieSnapshotCommand;
import dev.interceptor.core.port.in.CaptureOutcome;
import dev.interceptor.core.port.in.CaptureRequestCommand;
import dev.interceptor.core.port.in.ChangeSettingsCommand;
import dev.interceptor.core.port.in.CookieSyncOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns messages that change the store into {@link StoreWork}: fields are checked on the reading
 * thread, so a bad message is refused at once; the use case runs later inside a grouped commit.
 */
final class StoreWorkFactory {

  private static final Logger LOG = LoggerFactory.getLogger(StoreWorkFactory.class);

  private final HostPorts ports;
  private final String extensionOrigin;

  StoreWorkFactory(HostPorts ports, String extensionOrigin) {
    this.ports = ports;
    this.extensionOrigin = extensionOrigin;
  }

  StoreWork capture(CaptureMessage message) {
    CapturedRequest request = WireMapping.toCapturedRequest(message);
    CaptureRequestCommand command = new CaptureRequestCommand(request, extensionOrigin);
    return new StoreWork(
        request.id(),
        "capture",
        () -> {
          CaptureOutcome outcome = ports.capture().capture(command);
          LOG.debug(
              "capture {} of {} bytes: {}", request.id(), request.bodySize(), outcome.decision());
          return outcome.decision() instanceof RoutingDecision.Dropped
              ? StoreWork.Outcome.DROPPED
              : StoreWork.Outcome.STORED;
        });
  }

  StoreWork snapshot(CookieSnapshotMessage message) {
    String id = WireMapping.require(message.id(), "cookies.snapshot.id", null);
    String domain = WireMapping.require(message.domain(), "cookies.snapshot.domain", id);
    List<CookieMessage> wire =
        WireMapping.require(message.cookies(), "cookies.snapshot.cookies", id);
    Instant now = ports.clock().instant();
    List<Cookie> cookies = new ArrayList<>(wire.size());
    for (CookieMessage c : wire) {
      cookies.add(WireMapping.toCookie(c, now, id));
    }
    String store = message.storeId() == null ? Cookie.DEFAULT_STORE : message.storeId();
    ApplyCookieSnapshotCommand command = new ApplyCookieSnapshotCommand(domain, store, cookies);
    return new StoreWork(
        id,
        "cookies.snapshot",
        () -> {
          logged(id, ports.cookieSnapshot().applySnapshot(command));
          return StoreWork.Outcome.STORED;
        });
  }

  StoreWork change(CookieChangedMessage message) {
    String id = WireMapping.require(message.id(), "cookies.changed.id", null);
    CookieMessage wire = WireMapping.require(message.cookie(), "cookies.changed.cookie", id);
    boolean removed = WireMapping.require(message.removed(), "cookies.changed.removed", id);
    CookieChange change =
        new CookieChange(
            WireMapping.toCookie(wire, ports.clock().instant(), id),
            removed,
            WireMapping.toCause(message.cause(), id));
    ApplyCookieChangeCommand command = new ApplyCookieChangeCommand(change);
    return new StoreWork(
        id,
        "cookies.changed",
        () -> {
          logged(id, ports.cookieChange().applyChange(command));
          return StoreWork.Outcome.STORED;
        });
  }

  StoreWork settingsChange(SettingsChangeMessage message) {
    String id = WireMapping.require(message.id(), "settings.change.id", null);
    List<ChangeSettingsCommand> commands = new ArrayList<>();
    if (message.captureEnabled() != null) {
      commands.add(new ChangeSettingsCommand.SetCaptureEnabled(message.captureEnabled()));
    }
    if (message.cookieSyncEnabled() != null) {
      commands.add(new ChangeSettingsCommand.SetCookieSyncEnabled(message.cookieSyncEnabled()));
    }
    if (message.addSyncDomain() != null) {
      commands.add(new ChangeSettingsCommand.AddSyncDomain(message.addSyncDomain()));
    }
    if (message.removeSyncDomain() != null) {
      commands.add(new ChangeSettingsCommand.RemoveSyncDomain(message.removeSyncDomain()));
    }
    return new StoreWork(
        id,
        "settings.change",
        () -> {
          commands.forEach(ports.changeSettings()::change);
          LOG.info("the extension changed {} settings", commands.size());
          return StoreWork.Outcome.STORED;
        });
  }

  private static void logged(String id, CookieSyncOutcome outcome) {
    if (outcome.applied()) {
      LOG.debug("cookies {}: {} written, {} removed", id, outcome.written(), outcome.removed());
    } else {
      LOG.debug("cookies {} ignored: {}", id, outcome.ignoredReason());
    }
  }
}

package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.model.session.HostSession;
import dev.interceptor.core.port.out.HostSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this host's session record: opened at start, updated with counters at most once per
 * interval, closed at exit. A failing store is logged once and never stops the host.
 */
final class SessionRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(SessionRecorder.class);

  private final HostSessions sessions;
  private final Clock clock;
  private final Duration interval;
  private HostSession current;
  private boolean opened;
  private boolean failureLogged;
  private Instant lastWrite;

  SessionRecorder(HostSessions sessions, Clock clock, Duration interval, LaunchArguments launch) {
    this.sessions = sessions;
    this.clock = clock;
    this.interval = interval;
    Instant now = clock.instant();
    this.current =
        new HostSession(
            0,
            ProcessHandle.current().pid(),
            launch.browserFamily(),
            "",
            launch.callerId(),
            "",
            now,
            now,
            0,
            0,
            0);
    this.lastWrite = now;
  }

  synchronized void open() {
    try {
      current = sessions.open(current);
      opened = true;
    } catch (RuntimeException e) {
      failed("open", e);
    }
  }

  synchronized void hello(String browser, String profile, String extensionVersion) {
    current =
        new HostSession(
            current.id(),
            current.pid(),
            browser,
            profile,
            current.extensionId(),
            extensionVersion,
            current.connectedSince(),
            clock.instant(),
            current.capturesStored(),
            current.capturesDropped(),
            current.cookieEvents());
    write();
  }

  synchronized void counted(long stored, long dropped, long cookieEvents) {
    current =
        new HostSession(
            current.id(),
            current.pid(),
            current.browser(),
            current.profile(),
            current.extensionId(),
            current.extensionVersion(),
            current.connectedSince(),
            clock.instant(),
            current.capturesStored() + stored,
            current.capturesDropped() + dropped,
            current.cookieEvents() + cookieEvents);
    if (!clock.instant().isBefore(lastWrite.plus(interval))) {
      write();
    }
  }

  synchronized HostSession current() {
    return current;
  }

  synchronized void close() {
    if (!opened) {
      return;
    }
    write();
    try {
      sessions.close(current.id());
    } catch (RuntimeException e) {
      failed("close", e);
    }
    opened = false;
  }

  private void write() {
    if (!opened) {
      return;
    }
    lastWrite = clock.instant();
    try {
      sessions.update(current);
    } catch (RuntimeException e) {
      failed("update", e);
    }
  }

  private void failed(String action, RuntimeException e) {
    if (failureLogged) {
      return;
    }
    failureLogged = true;
    LOG.warn("could not {} the host session record; status may not show this host", action, e);
  }
}

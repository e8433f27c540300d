package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.port.in.ApplyCookieChangeUseCase;
import dev.interceptor.core.port.in.ApplyCookieSnapshotUseCase;
import dev.interceptor.core.port.in.CaptureRequestUseCase;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.port.out.StoreTransactions;
import java.time.Clock;

/** What the host drives and reads: the use cases, the stores it polls and records into, time. */
public record HostPorts(
    CaptureRequestUseCase capture,
    ApplyCookieSnapshotUseCase cookieSnapshot,
    ApplyCookieChangeUseCase cookieChange,
    ChangeSettingsUseCase changeSettings,
    SettingsStore settingsStore,
    StoreTransactions transactions,
    HostSessions hostSessions,
    Clock clock) {}

package dev.interceptor.core.model.session;

import java.time.Instant;

/**
 * A running bridge host serving one browser connection, as {@code status} shows it.
 *
 * <p>{@code pid} is the host's process id; a record whose process is gone is stale and never shown
 * as connected. Counters are totals for this session.
 */
public record HostSession(
    long id,
    long pid,
    String browser,
    String profile,
    String extensionId,
    String extensionVersion,
    Instant connectedSince,
    Instant lastMessage,
    long capturesStored,
    long capturesDropped,
    long cookieEvents) {}

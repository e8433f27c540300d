package dev.interceptor.core.model.capture;

import java.time.Instant;
import java.util.Optional;

/**
 * A page of History, newest first, with optional filters: URL substring, method (compared without
 * case), status, host (exact, lower case), and a time range {@code [from, to)}.
 */
public record HistoryQuery(
    Optional<String> urlContains,
    Optional<String> method,
    Optional<Integer> status,
    Optional<String> host,
    Optional<Instant> from,
    Optional<Instant> to,
    int offset,
    int limit) {

  public HistoryQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  /** The newest {@code limit} entries, unfiltered. */
  public static HistoryQuery newest(int limit) {
    return new HistoryQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        limit);
  }
}

package dev.interceptor.core.port.in;

/**
 * What cookie sync did with a snapshot or change: how many cookies were written and removed, or why
 * it was ignored (empty when it was applied).
 */
public record CookieSyncOutcome(int written, int removed, String ignoredReason) {

  public static CookieSyncOutcome ignored(String reason) {
    return new CookieSyncOutcome(0, 0, reason);
  }

  public boolean applied() {
    return ignoredReason.isEmpty();
  }
}

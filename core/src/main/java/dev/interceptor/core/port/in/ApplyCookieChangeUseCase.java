package dev.interceptor.core.port.in;

/**
 * Applies one cookie change inside a synced domain; changes outside every sync domain are ignored
 * and not stored.
 */
public interface ApplyCookieChangeUseCase {

  CookieSyncOutcome applyChange(ApplyCookieChangeCommand command);
}

package dev.interceptor.core.port.in;

/** Makes the jar hold exactly a snapshot's cookies for its domain and store. */
public interface ApplyCookieSnapshotUseCase {

  CookieSyncOutcome applySnapshot(ApplyCookieSnapshotCommand command);
}

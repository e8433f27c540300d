package dev.interceptor.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.interceptor.adapter.nativemessaging.SettingsMirror;
import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.HostSessions;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.port.out.StoreTransactions;

/**
 * The embedded SQLite store and the core's store ports over it. Nothing is opened while the
 * injector is built: the store opens when a command first asks for one of these ports.
 */
final class StorageModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(StoreHandle.class);
  }

  @Provides
  SqliteStore store(StoreHandle handle) {
    return handle.store();
  }

  @Provides
  StoreTransactions transactions(SqliteStore store) {
    return store.transactions();
  }

  @Provides
  CaptureHistory history(SqliteStore store) {
    return store.history();
  }

  @Provides
  CaptureCollections collections(SqliteStore store) {
    return store.collections();
  }

  @Provides
  CookieJar cookieJar(SqliteStore store) {
    return store.cookieJar();
  }

  @Provides
  SettingsStore settings(SqliteStore store, DataDirectory dataDirectory) {
    return new MirroredSettingsStore(store.settings(), SettingsMirror.in(dataDirectory.path()));
  }

  @Provides
  HostSessions hostSessions(SqliteStore store) {
    return store.hostSessions();
  }
}

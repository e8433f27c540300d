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
 * injector is built, nor when a port is injected: the store opens when a port is first called.
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
  StoreTransactions transactions(StoreHandle handle) {
    return LazyPorts.of(StoreTransactions.class, () -> handle.store().transactions());
  }

  @Provides
  CaptureHistory history(StoreHandle handle) {
    return LazyPorts.of(CaptureHistory.class, () -> handle.store().history());
  }

  @Provides
  CaptureCollections collections(StoreHandle handle) {
    return LazyPorts.of(CaptureCollections.class, () -> handle.store().collections());
  }

  @Provides
  CookieJar cookieJar(StoreHandle handle) {
    return LazyPorts.of(CookieJar.class, () -> handle.store().cookieJar());
  }

  @Provides
  SettingsStore settings(StoreHandle handle, DataDirectory dataDirectory) {
    SettingsMirror mirror = SettingsMirror.in(dataDirectory.path());
    return LazyPorts.of(
        SettingsStore.class, () -> new MirroredSettingsStore(handle.store().settings(), mirror));
  }

  @Provides
  HostSessions hostSessions(StoreHandle handle) {
    return LazyPorts.of(HostSessions.class, () -> handle.store().hostSessions());
  }
}

package dev.interceptor.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.interceptor.core.port.in.ApplyCookieChangeUseCase;
import dev.interceptor.core.port.in.ApplyCookieSnapshotUseCase;
import dev.interceptor.core.port.in.CaptureRequestUseCase;
import dev.interceptor.core.port.in.ChangeSettingsUseCase;
import dev.interceptor.core.port.out.CaptureCollections;
import dev.interceptor.core.port.out.CaptureHistory;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.ExtensionNotifier;
import dev.interceptor.core.port.out.SettingsStore;
import dev.interceptor.core.service.ApplyCookieChangeService;
import dev.interceptor.core.service.ApplyCookieSnapshotService;
import dev.interceptor.core.service.CaptureRequestService;
import dev.interceptor.core.service.ChangeSettingsService;
import java.time.Clock;

/**
 * The core's use cases over the bound ports. The clock comes from {@link EnvironmentModule}. The
 * command line's settings changes reach running hosts through the store ({@link
 * StoreExtensionNotifier}); a host builds its own settings service that notifies its extension.
 */
final class ServicesModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(ExtensionNotifier.class).to(StoreExtensionNotifier.class);
  }

  @Provides
  CaptureRequestUseCase capture(
      SettingsStore settings, CaptureHistory history, CaptureCollections collections) {
    return new CaptureRequestService(settings, history, collections);
  }

  @Provides
  ApplyCookieSnapshotUseCase cookieSnapshot(SettingsStore settings, CookieJar jar, Clock clock) {
    return new ApplyCookieSnapshotService(settings, jar, clock);
  }

  @Provides
  ApplyCookieChangeUseCase cookieChange(SettingsStore settings, CookieJar jar, Clock clock) {
    return new ApplyCookieChangeService(settings, jar, clock);
  }

  @Provides
  ChangeSettingsUseCase changeSettings(SettingsStore settings, ExtensionNotifier notifier) {
    return new ChangeSettingsService(settings, notifier);
  }
}

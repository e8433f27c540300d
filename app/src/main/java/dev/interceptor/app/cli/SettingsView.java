package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.settings.Settings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The settings as {@code --json} prints them; lists are sorted so that output is stable. */
record SettingsView(CaptureView capture, CookieSyncView cookieSync, int historyRetention) {

  static SettingsView of(Settings settings) {
    List<SyncDomainView> domains =
        settings.cookieSync().domains().stream().map(SyncDomainView::of).toList();
    return new SettingsView(
        CaptureView.of(settings),
        new CookieSyncView(settings.cookieSync().enabled(), domains),
        settings.historyRetention());
  }

  record CaptureView(boolean enabled, FilterView filter, TargetView target) {

    static CaptureView of(Settings settings) {
      return new CaptureView(
          settings.capture().enabled(),
          FilterView.of(settings.capture().filter()),
          TargetView.of(settings.capture().target()));
    }
  }

  record FilterView(String include, String exclude, List<String> methods, List<String> types) {

    static FilterView of(CaptureFilter filter) {
      return new FilterView(
          filter.include(),
          filter.exclude(),
          filter.methods().stream().sorted().toList(),
          filter.types().stream().sorted().map(ResourceType::wireName).toList());
    }
  }

  /** {@code kind} is {@code history} or {@code collection}; the rest is set for a collection. */
  record TargetView(String kind, @Nullable String collection, @Nullable String organize) {

    static TargetView of(CaptureTarget target) {
      if (target instanceof CaptureTarget.Collection c) {
        return new TargetView("collection", c.name(), c.organize().wireName());
      }
      return new TargetView("history", null, null);
    }
  }

  record CookieSyncView(boolean enabled, List<SyncDomainView> domains) {}

  record SyncDomainView(String domain, boolean includeSubdomains) {

    static SyncDomainView of(SyncDomain domain) {
      return new SyncDomainView(domain.host(), domain.includeSubdomains());
    }
  }
}

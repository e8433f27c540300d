package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.RequestUrl;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieIdentity;
import dev.interceptor.core.model.cookie.CookieSelection;
import dev.interceptor.core.model.cookie.CookieSelector;
import dev.interceptor.core.port.out.CookieJar;
import dev.interceptor.core.port.out.SettingsStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The jar's cookies for one request URL, judged by core's {@link CookieSelector} at the clock's
 * time. Only one cookie store takes part: by default the normal profile's (Chromium's {@code 0},
 * Firefox's {@code firefox-default}), so cookies of private windows are never sent by accident.
 */
final class JarCookies {

  static final String STORE_OPTION = "--cookie-store";
  static final String STORE_HELP =
      "Use the cookies of this browser cookie store (default: the normal profile's, 0 or"
          + " firefox-default).";

  private static final Set<String> NORMAL_STORES = Set.of(Cookie.DEFAULT_STORE, "firefox-default");

  private final CookieJar jar;
  private final SettingsStore settings;
  private final Clock clock;

  @Inject
  JarCookies(CookieJar jar, SettingsStore settings, Clock clock) {
    this.jar = jar;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The verdict on each of the store's candidate cookies for {@code url}.
   *
   * @throws CliFailure (usage) when the URL is not absolute with a host
   */
  CookieSelection forUrl(String url, @Nullable String store) {
    String host =
        RequestUrl.parse(url)
            .map(RequestUrl::host)
            .filter(h -> !h.isEmpty())
            .orElseThrow(
                () ->
                    new CliFailure(
                        ExitCode.USAGE,
                        "'" + url + "' is not an absolute URL: write it as https://host/path"));

    List<Cookie> candidates = candidates(host).stream().filter(c -> inStore(c, store)).toList();
    return CookieSelector.select(url, candidates, clock.instant());
  }

  /**
   * The jar's candidates for the host, plus the host-only cookies of its parent domains within a
   * sync domain: those are never sent here, and {@code cookies list --url} says so.
   */
  private List<Cookie> candidates(String host) {
    Map<CookieIdentity, Cookie> byIdentity = new LinkedHashMap<>();
    for (Cookie c : jar.candidatesFor(host)) {
      byIdentity.put(c.identity(), c);
    }
    settings
        .load()
        .cookieSync()
        .domainCovering(host)
        .ifPresent(
            domain -> {
              for (Cookie c : jar.list(domain)) {
                String d = c.normalizedDomain();
                if (host.equals(d) || host.endsWith("." + d)) {
                  byIdentity.putIfAbsent(c.identity(), c);
                }
              }
            });
    return new ArrayList<>(byIdentity.values());
  }

  private static boolean inStore(Cookie cookie, @Nullable String store) {
    return store == null
        ? NORMAL_STORES.contains(cookie.storeId())
        : store.equals(cookie.storeId());
  }
}

package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.RequestUrl;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieSelection;
import dev.interceptor.core.model.cookie.CookieSelector;
import dev.interceptor.core.port.out.CookieJar;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
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
  private final Clock clock;

  @Inject
  JarCookies(CookieJar jar, Clock clock) {
    this.jar = jar;
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

    List<Cookie> candidates =
        jar.candidatesFor(host).stream().filter(c -> inStore(c, store)).toList();
    return CookieSelector.select(url, candidates, clock.instant());
  }

  private static boolean inStore(Cookie cookie, @Nullable String store) {
    return store == null
        ? NORMAL_STORES.contains(cookie.storeId())
        : store.equals(cookie.storeId());
  }
}

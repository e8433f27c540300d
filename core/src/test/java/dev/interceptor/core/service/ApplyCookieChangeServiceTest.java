package dev.interceptor.core.service;

import static dev.interceptor.core.testing.TestCookies.T0;
import static dev.interceptor.core.testing.TestCookies.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieChange;
import dev.interceptor.core.model.cookie.CookieChangeCause;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ApplyCookieChangeCommand;
import dev.interceptor.core.port.in.CookieSyncOutcome;
import dev.interceptor.core.testing.InMemoryCookieJar;
import dev.interceptor.core.testing.InMemorySettingsStore;
import dev.interceptor.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplyCookieChangeServiceTest {

  private final InMemoryCookieJar jar = new InMemoryCookieJar();
  private final MutableClock clock = new MutableClock(T0);
  private final InMemorySettingsStore store = store(true, "example.com");
  private final ApplyCookieChangeService service = new ApplyCookieChangeService(store, jar, clock);

  @Test
  void applyChange_setInsideDomain_putAndSyncTimeRecorded() {
    Cookie c = cookie("sid", "1").hostOnly("m.example.com").build();
    clock.advance(Duration.ofMinutes(5));

    CookieSyncOutcome outcome = service.applyChange(set(c));

    assertThat(outcome).isEqualTo(new CookieSyncOutcome(1, 0, ""));
    assertThat(jar.all()).containsExactly(c);
    assertThat(store.lastSync()).isEqualTo(Map.of("example.com", T0.plusSeconds(300)));
  }

  @Test
  void applyChange_setAgain_replacesValue() {
    service.applyChange(set(cookie("sid", "1").hostOnly("example.com").build()));
    Cookie second = cookie("sid", "2").hostOnly("example.com").build();

    service.applyChange(set(second));

    assertThat(jar.all()).containsExactly(second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"notexample.com", "example.com.evil.org", "example.co", ".other.test"})
  void applyChange_outsideEverySyncDomain_ignoredAndNotStored(String domain) {
    Cookie c = cookie("sid", "1").domain(domain).build();

    CookieSyncOutcome outcome = service.applyChange(set(c));

    assertThat(outcome)
        .isEqualTo(CookieSyncOutcome.ignored("cookie domain is outside every sync domain"));
    assertThat(jar.all()).isEmpty();
    assertThat(store.lastSync()).isEmpty();
  }

  @ParameterizedTest(name = "{0} removes: {1}")
  @CsvSource({
    "EXPLICIT, true",
    "EXPIRED, true",
    "EXPIRED_OVERWRITE, true",
    "EVICTED, true",
    "OVERWRITE, false"
  })
  void applyChange_removal_deletesExceptOverwrite(CookieChangeCause cause, boolean deletes) {
    Cookie c = cookie("sid", "1").hostOnly("example.com").build();
    jar.put(c);

    CookieSyncOutcome outcome =
        service.applyChange(new ApplyCookieChangeCommand(new CookieChange(c, true, cause)));

    assertThat(jar.all().isEmpty()).isEqualTo(deletes);
    assertThat(outcome.removed()).isEqualTo(deletes ? 1 : 0);
  }

  @Test
  void applyChange_setOfExpiredCookie_countsAsRemoval() {
    jar.put(cookie("sid", "1").hostOnly("example.com").build());
    Cookie expired = cookie("sid", "").hostOnly("example.com").expires(T0.minusSeconds(1)).build();

    CookieSyncOutcome outcome = service.applyChange(set(expired));

    assertThat(outcome).isEqualTo(new CookieSyncOutcome(0, 1, ""));
    assertThat(jar.all()).isEmpty();
  }

  @Test
  void applyChange_c22DeletePartitioned_unpartitionedUntouched() {
    Cookie p =
        cookie("sid", "p1")
            .hostOnly("widget.example.com")
            .partitionKey("https://shop.test")
            .build();
    Cookie u = cookie("sid", "u1").hostOnly("widget.example.com").build();
    service.applyChange(set(p));
    service.applyChange(set(u));

    service.applyChange(
        new ApplyCookieChangeCommand(new CookieChange(p, true, CookieChangeCause.EXPLICIT)));

    assertThat(jar.all()).containsExactly(u);
  }

  @Test
  void applyChange_syncOff_ignored() {
    var off = new ApplyCookieChangeService(store(false, "example.com"), jar, clock);

    CookieSyncOutcome outcome =
        off.applyChange(set(cookie("a", "1").hostOnly("example.com").build()));

    assertThat(outcome).isEqualTo(CookieSyncOutcome.ignored("cookie sync is off"));
    assertThat(jar.all()).isEmpty();
  }

  @Test
  void applyChange_exactHostEntry_subdomainIgnored() {
    var exact = new ApplyCookieChangeService(store(true, "https://app.example.com"), jar, clock);

    CookieSyncOutcome sub =
        exact.applyChange(set(cookie("a", "1").hostOnly("m.app.example.com").build()));
    CookieSyncOutcome host =
        exact.applyChange(set(cookie("b", "1").hostOnly("app.example.com").build()));

    assertThat(sub.applied()).isFalse();
    assertThat(host.applied()).isTrue();
  }

  private static ApplyCookieChangeCommand set(Cookie c) {
    return new ApplyCookieChangeCommand(new CookieChange(c, false, CookieChangeCause.EXPLICIT));
  }

  private static InMemorySettingsStore store(boolean enabled, String domain) {
    Settings defaults = Settings.defaults(Set.of());
    return new InMemorySettingsStore(
        new Settings(
            defaults.capture(),
            new CookieSyncSettings(enabled, List.of(SyncDomains.parse(domain))),
            Set.of(),
            Settings.DEFAULT_RETENTION));
  }
}

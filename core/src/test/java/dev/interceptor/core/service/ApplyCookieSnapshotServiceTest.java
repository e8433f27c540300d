package dev.interceptor.core.service;

import static dev.interceptor.core.testing.TestCookies.T0;
import static dev.interceptor.core.testing.TestCookies.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ApplyCookieSnapshotCommand;
import dev.interceptor.core.port.in.CookieSyncOutcome;
import dev.interceptor.core.testing.InMemoryCookieJar;
import dev.interceptor.core.testing.InMemorySettingsStore;
import dev.interceptor.core.testing.MutableClock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplyCookieSnapshotServiceTest {

  private static final SyncDomain EXAMPLE = SyncDomains.parse("example.com");

  private final InMemoryCookieJar jar = new InMemoryCookieJar();
  private final MutableClock clock = new MutableClock(T0);

  @Test
  void applySnapshot_syncedDomain_jarHoldsExactlyTheSnapshot() {
    var store = store(true, EXAMPLE);
    var service = new ApplyCookieSnapshotService(store, jar, clock);
    Cookie stale = cookie("old", "1").hostOnly("m.example.com").build();
    Cookie kept = cookie("sid", "1").hostOnly("example.com").build();
    Cookie elsewhere = cookie("other", "1").hostOnly("other.test").build();
    Cookie incognito = cookie("sid", "i").hostOnly("example.com").store("1").build();
    List.of(stale, kept, elsewhere, incognito).forEach(jar::put);
    Cookie updated = cookie("sid", "2").hostOnly("example.com").build();
    Cookie fresh = cookie("pref", "dark").domain(".example.com").secure(false).build();

    CookieSyncOutcome outcome =
        service.applySnapshot(
            new ApplyCookieSnapshotCommand("example.com", "0", List.of(updated, fresh)));

    assertThat(outcome).isEqualTo(new CookieSyncOutcome(2, 1, ""));
    assertThat(jar.all()).containsExactlyInAnyOrder(updated, fresh, elsewhere, incognito);
    assertThat(store.lastSync()).isEqualTo(Map.of("example.com", T0));
  }

  @Test
  void applySnapshot_expiredAndForeignCookies_leftOut() {
    var service = new ApplyCookieSnapshotService(store(true, EXAMPLE), jar, clock);
    Cookie expired = cookie("gone", "1").hostOnly("example.com").expires(T0).build();
    Cookie foreign = cookie("evil", "1").hostOnly("example.com.evil.org").build();
    Cookie good =
        cookie("sid", "1").hostOnly("a.b.example.com").expires(T0.plusSeconds(60)).build();

    CookieSyncOutcome outcome =
        service.applySnapshot(
            new ApplyCookieSnapshotCommand("example.com", "0", List.of(expired, foreign, good)));

    assertThat(outcome.written()).isEqualTo(1);
    assertThat(jar.all()).containsExactly(good);
  }

  @Test
  void applySnapshot_domainNotSynced_ignoredWithReason() {
    var service = new ApplyCookieSnapshotService(store(true, EXAMPLE), jar, clock);

    CookieSyncOutcome outcome =
        service.applySnapshot(
            new ApplyCookieSnapshotCommand(
                "other.test", "0", List.of(cookie("a", "1").hostOnly("other.test").build())));

    assertThat(outcome)
        .isEqualTo(CookieSyncOutcome.ignored("snapshot domain other.test is not a sync domain"));
    assertThat(jar.all()).isEmpty();
  }

  @Test
  void applySnapshot_syncOff_ignoredWithReason() {
    var service = new ApplyCookieSnapshotService(store(false, EXAMPLE), jar, clock);

    CookieSyncOutcome outcome =
        service.applySnapshot(
            new ApplyCookieSnapshotCommand(
                "example.com", "0", List.of(cookie("a", "1").hostOnly("example.com").build())));

    assertThat(outcome).isEqualTo(CookieSyncOutcome.ignored("cookie sync is off"));
    assertThat(jar.all()).isEmpty();
  }

  @Test
  void applySnapshot_c22PartitionedAndUnpartitioned_bothKeptSeparately() {
    var service = new ApplyCookieSnapshotService(store(true, EXAMPLE), jar, clock);
    Cookie p =
        cookie("sid", "p1")
            .hostOnly("widget.example.com")
            .partitionKey("https://shop.test")
            .build();
    Cookie u = cookie("sid", "u1").hostOnly("widget.example.com").build();

    service.applySnapshot(new ApplyCookieSnapshotCommand("example.com", "0", List.of(p, u)));

    assertThat(jar.all()).containsExactlyInAnyOrder(p, u);
  }

  private static InMemorySettingsStore store(boolean enabled, SyncDomain... domains) {
    Settings defaults = Settings.defaults(Set.of());
    return new InMemorySettingsStore(
        new Settings(
            defaults.capture(),
            new CookieSyncSettings(enabled, List.of(domains)),
            Set.of(),
            Settings.DEFAULT_RETENTION));
  }
}

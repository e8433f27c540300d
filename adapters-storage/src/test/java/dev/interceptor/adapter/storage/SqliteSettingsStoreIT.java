package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSettingsStoreIT {

  @TempDir Path dir;

  @Test
  void load_nothingSaved_returnsDefaults() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      assertThat(store.settings().load()).isEqualTo(Settings.defaults(Set.of()));
    }
  }

  @Test
  void load_nothingSavedWithFirstRunSettings_returnsThemUntilSaved() {
    Settings firstRun = Settings.defaults(Set.of("aclblkgnlianipdjkdhdjopimdphplle"));
    Settings saved = Settings.defaults(Set.of());

    try (SqliteStore store = SqliteStore.openIn(dir, CLOCK, firstRun)) {
      Settings before = store.settings().load();
      store.settings().save(saved);

      assertThat(before).isEqualTo(firstRun);
      assertThat(store.settings().load()).isEqualTo(saved);
    }
  }

  @Test
  void requestResync_fromAnotherConnection_raisesRevisionAndIsReadSinceThen() {
    Path file = dir.resolve("interceptor.db");
    try (SqliteStore host = SqliteStore.open(file, CLOCK);
        SqliteStore cli = SqliteStore.open(file, CLOCK)) {
      long seen = host.settings().revision();

      cli.settings().requestResync("example.com");
      cli.settings().requestResync("shop.test");
      cli.settings().requestResync("example.com");
      long now = host.settings().revision();

      assertThat(now).isEqualTo(seen + 3);
      assertThat(host.settings().resyncRequestsSince(seen))
          .containsExactly("example.com", "shop.test");
      assertThat(host.settings().resyncRequestsSince(seen + 1))
          .containsExactly("shop.test", "example.com");
      assertThat(host.settings().resyncRequestsSince(now)).isEmpty();
    }
  }

  @Test
  void load_afterSaveAndReopen_returnsEqualSettings() {
    Path file = dir.resolve("interceptor.db");
    Settings settings =
        new Settings(
            new CaptureSettings(
                true,
                new CaptureFilter(
                    "^https?://([^/]+\\.)?example\\.com(/|$)",
                    "\\.png$",
                    Set.of("GET", "PATCH"),
                    Set.of(ResourceType.XHR, ResourceType.DOCUMENT)),
                new CaptureTarget.Collection("Shop API", Organize.HOST_PATH)),
            new CookieSyncSettings(
                false,
                List.of(new SyncDomain("example.com", true), new SyncDomain("localhost", false))),
            Set.of("abcdefghijklmnopabcdefghijklmnop", "bridge@example.com"),
            250);
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      store.settings().save(settings);
    }

    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      assertThat(store.settings().load()).isEqualTo(settings);
    }
  }

  @Test
  void save_historyTargetAfterCollection_replacesEveryList() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      store
          .settings()
          .save(
              new Settings(
                  new CaptureSettings(
                      true,
                      new CaptureFilter("a", "b", Set.of("PUT"), Set.of(ResourceType.FONT)),
                      new CaptureTarget.Collection("c", Organize.FLAT)),
                  new CookieSyncSettings(true, List.of(new SyncDomain("example.org", true))),
                  Set.of("x@example.com"),
                  10));
      Settings plain = Settings.defaults(Set.of("y@example.com"));

      store.settings().save(plain);

      assertThat(store.settings().load()).isEqualTo(plain);
    }
  }

  @Test
  void revision_readAgainInOneTransaction_movesOnlyWithItsOwnSaves() {
    Path file = dir.resolve("interceptor.db");
    try (SqliteStore host = SqliteStore.open(file, CLOCK);
        SqliteStore cli = SqliteStore.open(file, CLOCK)) {
      List<Long> seen = new java.util.ArrayList<>();

      host.transactions()
          .run(
              () -> {
                seen.add(host.settings().revision());
                host.settings().save(Settings.defaults(Set.of("a@example.com")));
                seen.add(host.settings().revision());
                seen.add(host.settings().revision());
                host.settings().requestResync("example.com");
                seen.add(host.settings().revision());
              });
      cli.settings().save(Settings.defaults(Set.of("b@example.com")));
      seen.add(host.settings().revision());

      long first = seen.get(0);
      assertThat(seen).containsExactly(first, first + 1, first + 1, first + 2, first + 3);
    }
  }

  @Test
  void revision_saveByAnotherConnection_changesForThisOne() {
    Path file = dir.resolve("interceptor.db");
    try (SqliteStore host = SqliteStore.open(file, CLOCK);
        SqliteStore cli = SqliteStore.open(file, CLOCK)) {
      long before = host.settings().revision();

      cli.settings().save(Settings.defaults(Set.of("z@example.com")));

      assertThat(host.settings().revision()).isGreaterThan(before);
      assertThat(host.settings().load().allowedExtensionIds()).containsExactly("z@example.com");
    }
  }

  @Test
  void recordSync_twiceForOneDomain_keepsLatest() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      store.settings().recordSync("example.com", T0);
      store.settings().recordSync("example.org", T0.plusSeconds(1));
      store.settings().recordSync("example.com", T0.plusSeconds(2));

      assertThat(store.settings().lastSync())
          .isEqualTo(Map.of("example.com", T0.plusSeconds(2), "example.org", T0.plusSeconds(1)));
    }
  }
}

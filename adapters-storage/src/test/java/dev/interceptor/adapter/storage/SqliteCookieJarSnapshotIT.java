package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieIdentity;
import dev.interceptor.core.model.cookie.CookieSnapshot;
import dev.interceptor.core.model.cookie.SyncDomain;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots of the size a browser profile reaches, and the edges of the jar's unique key. */
class SqliteCookieJarSnapshotIT {

  private static final SyncDomain EXAMPLE = new SyncDomain("example.com", true);
  private static final Instant T1 = T0.plusSeconds(3_600);
  private static final int SNAPSHOT = 10_000;
  private static final String[] SAME_SITE = {"lax", "strict", "no_restriction"};

  @TempDir Path dir;

  @Test
  void replace_tenThousandWithUpdatesRemovalsAndPartitions_fileHoldsExactlyTheSnapshot()
      throws SQLException {
    Path file = dir.resolve("interceptor.db");
    List<Cookie> first = new ArrayList<>();
    for (int i = 0; i < SNAPSHOT; i++) {
      first.add(scaled(i, 1, false, T0.plusMillis(i)));
    }
    // 70% updated (a tenth of them spelt with another case), 30% gone, 3,000 new.
    List<Cookie> second = new ArrayList<>();
    for (int i = 0; i < 7_000; i++) {
      second.add(scaled(i, 2, i % 10 == 1, T1));
    }
    for (int i = SNAPSHOT; i < 13_000; i++) {
      second.add(scaled(i, 2, false, T1));
    }
    List<Cookie> untouched = untouched();

    int removedFirst;
    int removedSecond;
    try (SqliteStore store = SqliteStore.open(file, CLOCK)) {
      untouched.forEach(store.cookieJar()::put);
      removedFirst = store.cookieJar().replace(snapshot(first));
      removedSecond = store.cookieJar().replace(snapshot(second));
    }

    Map<CookieIdentity, Cookie> expected = byIdentity(untouched);
    for (Cookie cookie : second) {
      // An updated cookie keeps the creation time the jar first gave it.
      Cookie original = first.size() > index(cookie) ? first.get(index(cookie)) : null;
      expected.put(cookie.identity(), original == null ? cookie : created(cookie, original));
    }
    try (SqliteStore reopened = SqliteStore.open(file, CLOCK)) {
      Map<CookieIdentity, Cookie> actual = byIdentity(reopened.cookieJar().all());
      assertThat(actual).hasSize(SNAPSHOT + untouched.size()).isEqualTo(expected);
    }
    assertThat(removedFirst).isZero();
    assertThat(removedSecond).isEqualTo(3_000);
    assertThat(partitionedRows(file))
        .isEqualTo(second.stream().filter(Cookie::isPartitioned).count());
  }

  @Test
  void replace_emptyPartitionKeyForAnUnpartitionedRow_keepsTheRowItUpdated() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      store.cookieJar().put(cookie("sid", "1", "example.com", true, "/", null));
      Cookie sameRow = cookie("sid", "2", "example.com", true, "/", "");

      int removed = store.cookieJar().replace(snapshot(List.of(sameRow)));

      assertThat(removed).isZero();
      assertThat(store.cookieJar().all())
          .containsExactly(cookie("sid", "2", "example.com", true, "/", null));
    }
  }

  @Test
  void replace_sameIdentityTwice_keepsTheLastAndRemovesNothingElse() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK)) {
      store.cookieJar().put(cookie("sid", "0", ".example.com", false, "/", null));
      store.cookieJar().put(cookie("gone", "0", "example.com", true, "/", null));
      Cookie firstSpelling = cookie("sid", "1", ".example.com", false, "/", null);
      Cookie lastSpelling = cookie("sid", "2", ".EXAMPLE.com", false, "/", null);

      int removed = store.cookieJar().replace(snapshot(List.of(firstSpelling, lastSpelling)));

      assertThat(removed).isEqualTo(1);
      assertThat(store.cookieJar().all()).containsExactly(lastSpelling);
    }
  }

  /**
   * Cookie {@code i}: four identities per name (host-only apex, domain cookie, host-only subdomain,
   * partitioned apex), three paths, session and persistent, every attribute varied.
   */
  private static Cookie scaled(int i, int round, boolean upperCase, Instant created) {
    int variant = i % 4;
    String domain =
        variant == 1
            ? ".example.com"
            : variant == 2 ? "api" + (i % 7) + ".example.com" : "example.com";
    @Nullable String partition = variant == 3 ? "https://shop" + (i % 3) + ".test" : null;
    @Nullable Instant expires = i % 5 == 0 ? null : T0.plusSeconds(86_400L * round + i);
    return new Cookie(
        "n" + (i / 4),
        "v" + round + "-" + i,
        upperCase ? domain.toUpperCase(Locale.ROOT) : domain,
        variant != 1,
        i % 3 == 0 ? "/" : "/p" + (i % 3),
        (i + round) % 2 == 0,
        i % 3 == 0,
        SAME_SITE[(i + round) % 3],
        expires,
        Cookie.DEFAULT_STORE,
        partition,
        created);
  }

  /** Cookies outside the snapshot's reach: another site, and the same site in another store. */
  private static List<Cookie> untouched() {
    List<Cookie> cookies = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      cookies.add(cookie("o" + i, "x", "example.org", true, "/", null));
      cookies.add(
          new Cookie(
              "n" + i, "i", "example.com", true, "/", true, true, "lax", null, "1", null, T0));
    }
    return cookies;
  }

  private static int index(Cookie scaled) {
    int name = Integer.parseInt(scaled.name().substring(1));
    int variant =
        scaled.isPartitioned()
            ? 3
            : !scaled.hostOnly() ? 1 : scaled.normalizedDomain().startsWith("api") ? 2 : 0;
    return name * 4 + variant;
  }

  private static Cookie created(Cookie c, Cookie original) {
    return new Cookie(
        c.name(),
        c.value(),
        c.domain(),
        c.hostOnly(),
        c.path(),
        c.secure(),
        c.httpOnly(),
        c.sameSite(),
        c.expires(),
        c.storeId(),
        c.partitionKey(),
        original.created());
  }

  private static CookieSnapshot snapshot(List<Cookie> cookies) {
    return new CookieSnapshot(EXAMPLE, Cookie.DEFAULT_STORE, cookies);
  }

  private static Map<CookieIdentity, Cookie> byIdentity(List<Cookie> cookies) {
    return cookies.stream()
        .collect(
            Collectors.toMap(Cookie::identity, Function.identity(), (a, b) -> b, HashMap::new));
  }

  /** Read past the store, from the file itself. */
  private static long partitionedRows(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = c.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT count(*) FROM cookie WHERE partition_key <> ''")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

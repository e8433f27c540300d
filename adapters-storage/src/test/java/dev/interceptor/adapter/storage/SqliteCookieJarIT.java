package dev.interceptor.adapter.storage;

import static dev.interceptor.adapter.storage.TestData.CLOCK;
import static dev.interceptor.adapter.storage.TestData.T0;
import static dev.interceptor.adapter.storage.TestData.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.CookieSnapshot;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.port.out.CookieJar;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqliteCookieJarIT {

  private static final SyncDomain EXAMPLE = new SyncDomain("example.com", true);

  @TempDir Path dir;

  private SqliteStore store;
  private CookieJar jar;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir.resolve("interceptor.db"), CLOCK);
    jar = store.cookieJar();
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** C22: a partitioned and an unpartitioned cookie of the same name are two entries. */
  @Test
  void put_partitionedAndUnpartitionedSameName_keepsBothAndRemovesOnlyTheOneAsked() {
    Cookie partitioned = cookie("sid", "p1", "widget.example.com", true, "/", "https://shop.test");
    Cookie unpartitioned = cookie("sid", "u1", "widget.example.com", true, "/", null);

    jar.put(partitioned);
    jar.put(unpartitioned);

    assertThat(jar.all()).containsExactlyInAnyOrder(partitioned, unpartitioned);
    assertThat(jar.remove(partitioned.identity())).isTrue();
    assertThat(jar.all()).containsExactly(unpartitioned);
    assertThat(jar.remove(partitioned.identity())).isFalse();
  }

  /** C16: host-only and domain cookies of one name and domain are different cookies. */
  @Test
  void put_hostOnlyAndDomainCookieSameName_keepsBothWithTheirScope() {
    Cookie hostOnly = cookie("sid", "abc123", "example.com", true, "/", null);
    Cookie domain = cookie("sid", "dark", ".example.com", false, "/", null);

    jar.put(hostOnly);
    jar.put(domain);

    assertThat(jar.all()).containsExactlyInAnyOrder(hostOnly, domain);
  }

  @Test
  void put_sameIdentity_replacesValueButKeepsCreationTime() {
    jar.put(cookie("sid", "old", ".Example.COM", false, "/", null));
    Cookie newer =
        new Cookie(
            "sid",
            "new",
            ".example.com",
            false,
            "/",
            false,
            true,
            "strict",
            T0.plusSeconds(3600),
            Cookie.DEFAULT_STORE,
            null,
            T0.plusSeconds(60));

    jar.put(newer);

    assertThat(jar.all())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.value()).isEqualTo("new");
              assertThat(c.httpOnly()).isTrue();
              assertThat(c.expires()).isEqualTo(T0.plusSeconds(3600));
              assertThat(c.created()).isEqualTo(T0);
            });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com            | domain pref, host-only sid",
        "www.example.com        | domain pref",
        "a.b.www.example.com    | domain pref",
        "badexample.com         | host-only bad",
        "example.com.evil.test  | ''",
        "EXAMPLE.com            | domain pref, host-only sid",
      })
  void candidatesFor_host_returnsCookiesOfTheHostAndItsParentsOnly(String host, String expected) {
    jar.put(cookie("sid", "abc123", "example.com", true, "/", null));
    jar.put(cookie("pref", "dark", ".example.com", false, "/", null));
    jar.put(cookie("other", "x", "www.example.com.evil.test", true, "/", null));
    jar.put(cookie("bad", "x", "badexample.com", true, "/", null));

    List<Cookie> candidates = jar.candidatesFor(host);

    String described =
        String.join(
            ", ",
            candidates.stream()
                .map(c -> (c.hostOnly() ? "host-only " : "domain ") + c.name())
                .sorted()
                .toList());
    assertThat(described).isEqualTo(expected);
  }

  @Test
  void replace_snapshot_makesDomainAndStoreExactlyTheSnapshot() {
    Cookie kept = cookie("kept", "1", ".example.com", false, "/", null);
    Cookie dropped = cookie("dropped", "1", "api.example.com", true, "/", null);
    Cookie otherDomain = cookie("other", "1", "example.org", true, "/", null);
    Cookie otherStore =
        new Cookie(
            "incognito", "1", "example.com", true, "/", true, false, "lax", null, "1", null, T0);
    List.of(kept, dropped, otherDomain, otherStore).forEach(jar::put);
    Cookie updated = cookie("kept", "2", ".example.com", false, "/", null);
    Cookie added = cookie("added", "1", "www.example.com", true, "/", "https://shop.test");

    int removed =
        jar.replace(new CookieSnapshot(EXAMPLE, Cookie.DEFAULT_STORE, List.of(updated, added)));

    assertThat(removed).isEqualTo(1);
    assertThat(jar.all()).containsExactlyInAnyOrder(updated, added, otherDomain, otherStore);
  }

  @Test
  void list_domainWithOrWithoutSubdomains_coversAccordingly() {
    Cookie apex = cookie("a", "1", "example.com", true, "/", null);
    Cookie sub = cookie("b", "1", ".api.example.com", false, "/", null);
    Cookie unrelated = cookie("c", "1", "notexample.com", true, "/", null);
    List.of(apex, sub, unrelated).forEach(jar::put);

    assertThat(jar.list(EXAMPLE)).containsExactly(sub, apex);
    assertThat(jar.list(new SyncDomain("example.com", false))).containsExactly(apex);
  }

  @Test
  void purge_domain_removesCoveredCookiesOnly() {
    jar.put(cookie("a", "1", "example.com", true, "/", null));
    jar.put(cookie("b", "1", ".api.example.com", false, "/", "https://x.test"));
    jar.put(cookie("c", "1", "example.org", true, "/", null));

    int purged = jar.purge(EXAMPLE);

    assertThat(purged).isEqualTo(2);
    assertThat(jar.all()).extracting(Cookie::name).containsExactly("c");
  }

  @Test
  void removeExpired_now_removesExpiredAtOrBeforeNowAndKeepsSessionCookies() {
    jar.put(withExpiry("past", T0.minusSeconds(1)));
    jar.put(withExpiry("exactly", T0));
    jar.put(withExpiry("future", T0.plusSeconds(1)));
    jar.put(cookie("session", "1", "example.com", true, "/", null));

    int removed = jar.removeExpired(T0);

    assertThat(removed).isEqualTo(2);
    assertThat(jar.all()).extracting(Cookie::name).containsExactly("future", "session");
  }

  private static Cookie withExpiry(String name, java.time.Instant expires) {
    return new Cookie(
        name,
        "v",
        "example.com",
        true,
        "/",
        false,
        false,
        "lax",
        expires,
        Cookie.DEFAULT_STORE,
        null,
        T0);
  }
}

package dev.interceptor.core.model.cookie;

import static dev.interceptor.core.testing.TestCookies.T0;
import static dev.interceptor.core.testing.TestCookies.cookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.testing.TestCookies;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CookieSelectorTest {

  /** C16: A host-only secure, B domain cookie, then lang set later as a domain cookie. */
  private static final List<Cookie> C16_JAR =
      List.of(
          cookie("sid", "abc123").hostOnly("example.com").secure(true).created(T0).build(),
          cookie("pref", "dark")
              .domain(".example.com")
              .secure(false)
              .created(T0.plusSeconds(1))
              .build(),
          cookie("lang", "en")
              .domain("example.com")
              .secure(false)
              .created(T0.plusSeconds(2))
              .build());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://example.com/            | sid=abc123; pref=dark; lang=en",
        "https://www.example.com/        | pref=dark; lang=en",
        "http://www.example.com/         | pref=dark; lang=en",
        "http://example.com/             | pref=dark; lang=en",
        "https://EXAMPLE.com/a?b=c       | sid=abc123; pref=dark; lang=en",
        "https://badexample.com/         | ''",
        "https://example.com.evil.test/  | ''",
      })
  void select_c16HostOnlyAndDomainCookies_sendsExactHeader(String url, String header) {
    CookieSelection selection = CookieSelector.select(url, C16_JAR, T0);

    assertThat(selection.cookieHeader().orElse("")).isEqualTo(header);
  }

  @Test
  void select_c16HostOnlyCookieOnSubdomain_reasonIsHostOnly() {
    CookieSelection selection = CookieSelector.select("https://www.example.com/", C16_JAR, T0);

    assertThat(selection.notSent())
        .containsExactly(new CookieVerdict.NotSent(C16_JAR.get(0), NotSentReason.HOST_ONLY));
  }

  @Test
  void select_c16OtherSite_domainCookiesRefusedForDomain() {
    CookieSelection selection = CookieSelector.select("https://badexample.com/", C16_JAR, T0);

    assertThat(selection.notSent())
        .extracting(CookieVerdict.NotSent::reason)
        .containsExactly(NotSentReason.HOST_ONLY, NotSentReason.DOMAIN, NotSentReason.DOMAIN);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://app.example.com/x      | SENT",
        "https://app.example.com/       | SENT",
        "http://app.example.com/        | SECURE",
        "https://www.app.example.com/   | HOST_ONLY",
        "https://example.com/           | HOST_ONLY",
      })
  void select_c19SyncedHostPrefixCookie_sentOnlyOverHttpsToItsHost(String url, String verdict) {
    Cookie host = cookie("__Host-sid", "abc123").hostOnly("app.example.com").secure(true).build();

    CookieSelection selection = CookieSelector.select(url, List.of(host), T0);

    assertThat(verdictOf(selection)).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "__Host-sid   | host  | true  | /     | SENT",
        "__Host-sid   | host  | false | /     | HOST_PREFIX",
        "__Host-sid   | .dom  | true  | /     | HOST_PREFIX",
        "__Host-sid   | host  | true  | /app  | HOST_PREFIX",
        "__HOST-sid   | host  | false | /     | HOST_PREFIX",
        "__Secure-tok | host  | true  | /     | SENT",
        "__Secure-tok | .dom  | true  | /     | SENT",
        "__Secure-tok | host  | false | /     | SECURE_PREFIX",
        "__secure-tok | .dom  | false | /     | SECURE_PREFIX",
        "Host-sid     | host  | false | /     | SENT",
      })
  void select_prefixedCookie_sentOnlyWhenPrefixRulesHold(
      String name, String scope, boolean secure, String path, String verdict) {
    TestCookies base = cookie(name, "1");
    TestCookies scoped =
        scope.equals("host") ? base.hostOnly("app.example.com") : base.domain(".example.com");
    Cookie c = scoped.secure(secure).path(path).build();

    CookieSelection selection =
        CookieSelector.select("https://app.example.com/app/x", List.of(c), T0);

    assertThat(verdictOf(selection)).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/      | /               | true",
        "/      | /anything/deep  | true",
        "/docs  | /docs           | true",
        "/docs  | /docs/a         | true",
        "/docs  | /docs/          | true",
        "/docs  | /docsx          | false",
        "/docs  | /doc            | false",
        "/docs/ | /docs/a         | true",
        "/docs/ | /docs           | false",
        "/docs  | /DOCS/a         | false",
        "/a/b   | /a              | false",
      })
  void pathMatches_rfc6265Section514(String cookiePath, String requestPath, boolean matches) {
    assertThat(CookieSelector.pathMatches(requestPath, cookiePath)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "example.com         | example.com     | true",
        "www.example.com     | example.com     | true",
        "a.b.example.com     | example.com     | true",
        "badexample.com      | example.com     | false",
        "example.com.evil.to | example.com     | false",
        "example.com         | www.example.com | false",
        "1.2.3.4             | 2.3.4           | false",
        "1.2.3.4             | 1.2.3.4         | true",
      })
  void domainMatches_rfc6265Section513(String host, String domain, boolean matches) {
    assertThat(CookieSelector.domainMatches(host, domain)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://localhost/      | localhost     | SENT",
        "http://localhost:8080/  | localhost     | SENT",
        "http://127.0.0.1/       | 127.0.0.1     | SENT",
        "http://127.1.2.3/       | 127.1.2.3     | SENT",
        "http://[::1]:3000/      | [::1]         | SENT",
        "http://[::1]:3000/      | ::1           | SENT",
        "http://api.localhost/   | api.localhost | SENT",
        "http://10.0.0.1/        | 10.0.0.1      | SECURE",
        "wss://example.com/ws    | example.com   | SENT",
        "ws://example.com/ws     | example.com   | SECURE",
      })
  void select_secureCookie_sentOverHttpsAndToLoopback(String url, String host, String verdict) {
    Cookie c = cookie("s", "1").hostOnly(host).secure(true).build();

    CookieSelection selection = CookieSelector.select(url, List.of(c), T0);

    assertThat(verdictOf(selection)).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "expires {0}s after now: {1}")
  @CsvSource({"-1, EXPIRED", "0, EXPIRED", "1, SENT"})
  void select_expiry_expiredAtOrBeforeNowNotSent(long offsetSeconds, String verdict) {
    Cookie c =
        cookie("s", "1").hostOnly("example.com").expires(T0.plusSeconds(offsetSeconds)).build();

    CookieSelection selection = CookieSelector.select("https://example.com/", List.of(c), T0);

    assertThat(verdictOf(selection)).isEqualTo(verdict);
  }

  @Test
  void select_c22PartitionedAndUnpartitionedSameName_sendsUnpartitionedOnly() {
    Cookie partitioned =
        cookie("sid", "p1")
            .hostOnly("widget.example.com")
            .partitionKey("https://shop.test")
            .build();
    Cookie unpartitioned = cookie("sid", "u1").hostOnly("widget.example.com").build();

    CookieSelection selection =
        CookieSelector.select(
            "https://widget.example.com/", List.of(partitioned, unpartitioned), T0);

    assertThat(selection.cookieHeader()).contains("sid=u1");
    assertThat(selection.notSent())
        .containsExactly(new CookieVerdict.NotSent(partitioned, NotSentReason.PARTITIONED));
  }

  @Test
  void select_severalMatches_longerPathFirstThenEarlierCreation() {
    Cookie rootOld = cookie("a", "1").hostOnly("example.com").created(T0).build();
    Cookie rootNew = cookie("b", "2").hostOnly("example.com").created(T0.plusSeconds(5)).build();
    Cookie api =
        cookie("c", "3").hostOnly("example.com").path("/api").created(T0.plusSeconds(9)).build();
    Cookie apiV1 = cookie("d", "4").hostOnly("example.com").path("/api/v1").build();

    CookieSelection selection =
        CookieSelector.select(
            "https://example.com/api/v1/users", List.of(rootNew, api, rootOld, apiV1), T0);

    assertThat(selection.cookieHeader()).contains("d=4; c=3; a=1; b=2");
  }

  @Test
  void select_relativeUrl_refused() {
    List<Cookie> none = List.of();

    assertThatThrownBy(() -> CookieSelector.select("/api/users", none, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("url must be absolute");
  }

  @Test
  void select_noCandidates_noHeader() {
    CookieSelection selection =
        CookieSelector.select("https://example.com/", List.of(), T0.plus(Duration.ofDays(1)));

    assertThat(selection.cookieHeader()).isEqualTo(Optional.empty());
  }

  private static String verdictOf(CookieSelection selection) {
    CookieVerdict verdict = selection.verdicts().get(0);
    return verdict instanceof CookieVerdict.NotSent
        ? ((CookieVerdict.NotSent) verdict).reason().name()
        : "SENT";
  }
}

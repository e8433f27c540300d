package dev.interceptor.app.cli;

import static dev.interceptor.app.cli.Jar.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.CaptureSummary;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.HistoryQuery;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code replay} and {@code send} against a local server: the synced cookies arrive exactly as RFC
 * 6265 and the project rules say (cases C16, C19, C21, C22), over a real HttpClient.
 */
class ReplayCommandIT {

  private static final Instant CAPTURED = Instant.parse("2025-03-04T10:00:00Z");

  @TempDir java.nio.file.Path data;

  private StoreCli cli;
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    cli = new StoreCli(data);
    server = TestServer.start();
    cli.store
        .settings()
        .save(
            new Settings(
                CaptureSettings.DEFAULT,
                new CookieSyncSettings(true, List.of(new SyncDomain("example.com", true))),
                Set.of(),
                Settings.DEFAULT_RETENTION));

    // One transaction: each commit of the store is a full sync to disk.
    cli.store.transactions().run(this::fillJar);
  }

  private void fillJar() {
    Instant earlier = StoreCli.NOW.minusSeconds(60);
    // C16: host-only sid (Secure), domain cookie pref, and a path cookie on app.example.com.
    cli.store.cookieJar().put(cookie("sid", "abc123", "example.com", true, "/", true));
    cli.store
        .cookieJar()
        .put(cookie("pref", "dark", ".example.com", false, "/", false, null, null, earlier));
    cli.store.cookieJar().put(cookie("prefs", "dark=1", "app.example.com", true, "/api", false));
    // C21: '=' and quotes are part of values.
    cli.store.cookieJar().put(cookie("token", "abc123==", "app.example.com", true, "/", false));
    cli.store.cookieJar().put(cookie("twid", "\"u=42\"", "app.example.com", true, "/", false));
    // C19: a __Host- cookie needs https.
    cli.store.cookieJar().put(cookie("__Host-sid", "h1", "app.example.com", true, "/", true));
    // C22: partitioned P is never sent, U is.
    cli.store
        .cookieJar()
        .put(
            cookie(
                "wid",
                "p1",
                "widget.example.com",
                true,
                "/",
                false,
                null,
                "https://shop.test",
                StoreCli.NOW));
    cli.store.cookieJar().put(cookie("wid", "u1", "widget.example.com", true, "/", false));
    // Expired cookies are never sent.
    cli.store
        .cookieJar()
        .put(
            cookie(
                "old",
                "x",
                ".example.com",
                false,
                "/",
                false,
                StoreCli.NOW.minusSeconds(1),
                null,
                earlier));
  }

  @AfterEach
  void stop() {
    server.close();
    cli.close();
  }

  @ParameterizedTest(name = "{0}{1} gets [{2}]")
  @CsvSource(
      delimiter = '|',
      value = {
        // host-only sid is for example.com only, and Secure: refused over http.
        "example.com     | /         | pref=dark",
        "www.example.com | /         | pref=dark",
        // longer paths first, then earlier creation; values byte for byte.
        "app.example.com | /api/x    | prefs=dark=1; pref=dark; token=abc123==; twid=\"u=42\"",
        "app.example.com | /apix     | pref=dark; token=abc123==; twid=\"u=42\"",
        "widget.example.com | /      | pref=dark; wid=u1",
      })
  void send_jarCookies_arriveExactly(String host, String path, String expected) {
    int code = cli.run("send", "GET", server.origin(host) + path);

    assertThat(code).as(cli.err()).isZero();
    assertThat(server.only().all("Cookie")).containsExactly(expected);
  }

  @Test
  void send_hostOutsideJar_sendsNoCookieHeader() {
    int code = cli.run("send", "GET", server.origin("badexample.com") + "/");

    assertThat(code).isZero();
    assertThat(server.only().header("Cookie")).isNull();
    assertThat(cli.err()).contains("no jar cookie matches this URL");
  }

  @Test
  void replay_capturedCookieHeader_isReplacedByTheJars() {
    cli.store
        .history()
        .add(captured("c1", server.origin("app.example.com") + "/api/notes?q=1"), 10);

    int code = cli.run("replay", "c1");

    assertThat(code).as(cli.err()).isZero();
    TestServer.Received got = server.only();
    assertThat(got.method()).isEqualTo("patch");
    assertThat(got.rawPath()).isEqualTo("/api/notes");
    assertThat(got.rawQuery()).isEqualTo("q=1");
    assertThat(got.all("Cookie"))
        .containsExactly("prefs=dark=1; pref=dark; token=abc123==; twid=\"u=42\"");
    assertThat(got.header("X-Custom")).isEqualTo("kept: as is");
    assertThat(got.header("Content-Type")).isEqualTo("application/json");
    assertThat(got.all("Content-Length")).containsExactly("23");
    assertThat(got.header("Host")).isEqualTo("app.example.com:" + server.port());
    assertThat(got.header("X-Dropped")).isNull();
    assertThat(got.headers().keySet()).noneMatch(name -> name.startsWith(":"));
    assertThat(got.text()).isEqualTo("{\"prop\":\"it's Alice's\"}");
    assertThat(cli.out()).startsWith("HTTP/1.1 200 OK\n").endsWith("\n\nok\n");
    assertThat(cli.out()).contains("X-answer: 42\n");
    assertThat(cli.err()).contains("sent 4 jar cookies: prefs, pref, token, twid");
  }

  @Test
  void replay_noCookies_sendsNeitherJarNorCapturedCookies() {
    cli.store.history().add(captured("c1", server.origin("app.example.com") + "/api/notes"), 10);

    int code = cli.run("replay", "c1", "--no-cookies");

    assertThat(code).isZero();
    assertThat(server.only().header("Cookie")).isNull();
    assertThat(server.only().header("X-Custom")).isEqualTo("kept: as is");
  }

  @Test
  void replay_save_storesTheExchangeInHistory() {
    cli.store.history().add(captured("c1", server.origin("app.example.com") + "/api/notes"), 10);

    int code = cli.run("replay", "c1", "--save", "--json");

    assertThat(code).isZero();
    List<CaptureSummary> newest = cli.store.history().list(HistoryQuery.newest(10));
    assertThat(newest).hasSize(2);
    CaptureSummary saved = newest.get(0);
    assertThat(saved.id()).startsWith("replay-");
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.time()).isEqualTo(StoreCli.NOW);
    CapturedRequest full = cli.store.history().find(saved.id()).orElseThrow();
    assertThat(full.method()).isEqualTo("patch");
    assertThat(full.requestHeader("Cookie"))
        .contains("prefs=dark=1; pref=dark; token=abc123==; twid=\"u=42\"");
    assertThat(full.body()).isEqualTo(new RequestBody.Text("{\"prop\":\"it's Alice's\"}"));
    assertThat(cli.out()).contains("\"savedAs\" : \"" + saved.id() + "\"");
  }

  @Test
  void replay_json_givesStatusHeadersBodyAndRedactedCookie() throws Exception {
    cli.store.history().add(captured("c1", server.origin("app.example.com") + "/api/notes"), 10);

    int code = cli.run("replay", "c1", "--json");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.at("/response/status").asInt()).isEqualTo(200);
    assertThat(json.at("/response/statusLine").asText()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(json.at("/response/body/text").asText()).isEqualTo("ok\n");
    assertThat(json.at("/cookiesSent").toString())
        .isEqualTo("[\"prefs\",\"pref\",\"token\",\"twid\"]");
    assertThat(cli.out()).doesNotContain("abc123==").contains("REDACTED");
  }

  @Test
  void replay_unknownId_isNotFound() {
    int code = cli.run("replay", "nope");

    assertThat(code).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: History has no entry nope (see 'interceptor history list')\n");
  }

  @Test
  void send_redirectNotFollowedByDefault_printsTheRedirect() {
    server.redirect("/go", 302, server.origin("www.example.com") + "/landing");

    int code = cli.run("send", "GET", server.origin("app.example.com") + "/go");

    assertThat(code).isZero();
    assertThat(server.received()).hasSize(1);
    assertThat(cli.out())
        .startsWith("HTTP/1.1 302 ")
        .contains("Location: " + server.origin("www.example.com") + "/landing\n");
  }

  @Test
  void send_follow_choosesCookiesAgainForTheNewHost() {
    server.redirect("/go", 303, server.origin("www.example.com") + "/landing");

    int code =
        cli.run(
            "send",
            "POST",
            server.origin("app.example.com") + "/go",
            "-d",
            "a=1",
            "-H",
            "Authorization: Bearer t",
            "--follow");

    assertThat(code).as(cli.err()).isZero();
    List<TestServer.Received> got = server.received();
    assertThat(got).extracting(TestServer.Received::method).containsExactly("POST", "GET");
    assertThat(got.get(0).all("Cookie"))
        .containsExactly("pref=dark; token=abc123==; twid=\"u=42\"");
    assertThat(got.get(0).text()).isEqualTo("a=1");
    assertThat(got.get(1).rawPath()).isEqualTo("/landing");
    assertThat(got.get(1).all("Cookie")).containsExactly("pref=dark");
    assertThat(got.get(1).header("Authorization")).isNull();
    assertThat(got.get(1).body()).isEmpty();
  }

  @Test
  void send_ownCookieHeaderWithoutNoCookies_isUsageError() {
    int code = cli.run("send", "GET", server.origin("app.example.com") + "/", "-H", "Cookie: a=1");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(server.received()).isEmpty();
    assertThat(cli.err()).startsWith("interceptor: error: a Cookie header of your own");
  }

  @Test
  void send_ownCookieHeaderWithNoCookies_isSentAsTyped() {
    int code =
        cli.run(
            "send",
            "GET",
            server.origin("app.example.com") + "/",
            "-H",
            "Cookie: a=1",
            "--no-cookies");

    assertThat(code).isZero();
    assertThat(server.only().all("Cookie")).containsExactly("a=1");
  }

  @Test
  void send_nobodyListening_isRequestFailureInOneLine() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    int code = cli.run("send", "GET", "http://app.example.com:" + port + "/", "--save");

    assertThat(code).isEqualTo(ExitCode.REQUEST.code());
    assertThat(cli.err().lines().filter(l -> l.startsWith("interceptor: error:")).toList())
        .singleElement()
        .asString()
        .isEqualTo(
            "interceptor: error: could not connect to app.example.com:"
                + port
                + ": connection refused; is the server running?");
    CaptureSummary saved = cli.store.history().list(HistoryQuery.newest(1)).get(0);
    assertThat(saved.status()).isNull();
    assertThat(cli.store.history().find(saved.id()).orElseThrow().error())
        .contains("connection refused");
  }

  @Test
  void send_unknownHost_oneLineNamingTheHost() {
    int code = cli.run("send", "GET", "http://nowhere.invalid/");

    assertThat(code).isEqualTo(ExitCode.REQUEST.code());
    assertThat(cli.err())
        .isEqualTo(
            "interceptor: error: could not find host nowhere.invalid: check the name and your"
                + " network\n");
  }

  @Test
  void send_serverSilentPastTimeout_oneLineNamingHostAndTimeout() throws Exception {
    // The kernel accepts the connection into the backlog; nobody ever reads or answers.
    try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
      int port = silent.getLocalPort();

      int code = cli.run("send", "GET", "http://app.example.com:" + port + "/", "--timeout", "1");

      assertThat(code).isEqualTo(ExitCode.REQUEST.code());
      assertThat(cli.err())
          .isEqualTo(
              "interceptor: error: app.example.com:"
                  + port
                  + " sent no response within 1 s: raise --timeout if it is slow\n");
    }
  }

  @Test
  void send_httpsToPlainHttpServer_oneLineSayingItIsNotTls() throws Exception {
    // A plain HTTP server answers the TLS hello with an HTTP error, as most servers do.
    try (java.net.ServerSocket plain = new java.net.ServerSocket(0)) {
      Thread answer =
          new Thread(
              () -> {
                try (java.net.Socket s = plain.accept()) {
                  s.getOutputStream()
                      .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                  // The client has gone: nothing to answer.
                }
              });
      answer.start();
      int port = plain.getLocalPort();

      int code = cli.run("send", "GET", "https://app.example.com:" + port + "/");

      answer.join();
      assertThat(code).isEqualTo(ExitCode.REQUEST.code());
      assertThat(cli.err())
          .isEqualTo(
              "interceptor: error: TLS with app.example.com:"
                  + port
                  + " failed: it does not speak TLS; is the URL http rather than https?\n");
    }
  }

  @Test
  void send_binaryBodyFromFile_arrivesByteForByte() throws Exception {
    byte[] bytes = {0, (byte) 0xFF, 10, 13, (byte) 0x80};
    java.nio.file.Path file = data.resolve("body.bin");
    java.nio.file.Files.write(file, bytes);

    int code =
        cli.run(
            "send",
            "PUT",
            server.origin("app.example.com") + "/upload",
            "--data-binary",
            "@" + file,
            "-H",
            "Content-Type: application/octet-stream");

    assertThat(code).isZero();
    assertThat(server.only().body()).isEqualTo(bytes);
    assertThat(server.only().header("Content-Type")).isEqualTo("application/octet-stream");
  }

  private static CapturedRequest captured(String id, String url) {
    return new CapturedRequest(
        id,
        CAPTURED,
        url,
        "patch",
        List.of(
            new HttpHeader(":authority", "app.example.com"),
            new HttpHeader("Host", "elsewhere.test"),
            new HttpHeader("Connection", "keep-alive, X-Dropped"),
            new HttpHeader("X-Dropped", "hop"),
            new HttpHeader("Content-Length", "999"),
            new HttpHeader("Content-Type", "application/json"),
            new HttpHeader("Cookie", "stale=1; sid=captured"),
            new HttpHeader("X-Custom", "kept: as is")),
        new RequestBody.Text("{\"prop\":\"it's Alice's\"}"),
        23,
        false,
        false,
        ResourceType.XHR,
        3,
        null,
        null,
        null);
  }
}

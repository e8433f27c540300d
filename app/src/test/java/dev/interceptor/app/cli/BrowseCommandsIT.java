package dev.interceptor.app.cli;

import static dev.interceptor.app.cli.Captures.get;
import static dev.interceptor.app.cli.Captures.header;
import static dev.interceptor.app.cli.Captures.request;
import static dev.interceptor.app.cli.Jar.cookie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.cookie.Cookie;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.model.routing.Organize;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cookies, collections and history show over a real store. */
class BrowseCommandsIT {

  private static final Instant T = Instant.parse("2025-03-04T10:00:00Z");

  @TempDir Path data;
  @TempDir Path out;

  private StoreCli cli;

  @BeforeEach
  void open() {
    cli = new StoreCli(data);
    cli.store
        .settings()
        .save(
            new Settings(
                CaptureSettings.DEFAULT,
                new CookieSyncSettings(true, List.of(new SyncDomain("example.com", true))),
                Set.of(),
                Settings.DEFAULT_RETENTION));
  }

  @AfterEach
  void close() {
    cli.close();
  }

  @Test
  void cookiesListUrl_saysWhyEachSyncedCookieIsNotSent() {
    Instant earlier = StoreCli.NOW.minusSeconds(60);
    var jar = cli.store.cookieJar();
    jar.put(cookie("pref", "dark", ".example.com", false, "/", false, null, null, earlier));
    jar.put(cookie("sid", "abc123", "example.com", true, "/", true));
    jar.put(cookie("prefs", "dark=1", "app.example.com", true, "/api", false));
    jar.put(cookie("tok", "t", "app.example.com", true, "/", true));
    jar.put(cookie("__Host-x", "h", "app.example.com", true, "/app", true));
    jar.put(cookie("old", "o", ".example.com", false, "/", false, StoreCli.NOW, null, earlier));
    jar.put(
        cookie(
            "chips", "c", "app.example.com", true, "/", false, null, "https://shop.test", earlier));

    int code = cli.run("cookies", "list", "--url", "http://app.example.com/");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("pref ", "yes")
        .containsPattern("sid .* no: host-only for example.com")
        .containsPattern("prefs .* no: path /api does not match")
        .containsPattern("tok .* no: Secure, and the URL is not https")
        .containsPattern(
            "__Host-x .* no: __Host- cookie that is not Secure, host-only and at path /")
        .containsPattern("old .* no: expired")
        .containsPattern("chips .* no: partitioned")
        .contains("A request to this URL carries 1 cookie.")
        .doesNotContain("abc123", "dark=1");
  }

  @Test
  void cookiesListUrl_json_givesVerdictPerCookie() throws Exception {
    cli.store.cookieJar().put(cookie("sid", "abc123", "example.com", true, "/", true));

    int code =
        cli.run("cookies", "list", "--url", "https://example.com/", "--json", "--show-values");

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.at("/0/name").asText()).isEqualTo("sid");
    assertThat(json.at("/0/value").asText()).isEqualTo("abc123");
    assertThat(json.at("/0/sent").asText()).isEqualTo("yes");
  }

  @Test
  void cookiesList_cookieStoreWithOrWithoutUrl_listsThatStoreOnly() throws Exception {
    Cookie normal = cookie("sid", "a", "example.com", true, "/", true);
    Cookie incognito =
        new Cookie(
            "sid",
            "b",
            "example.com",
            true,
            "/",
            true,
            false,
            "lax",
            null,
            "1",
            null,
            StoreCli.NOW);
    cli.store.cookieJar().put(normal);
    cli.store.cookieJar().put(incognito);

    int all = cli.run("cookies", "list", "--cookie-store", "1", "--json", "--show-values");
    JsonNode listed = new ObjectMapper().readTree(cli.out());
    int forUrl =
        cli.run(
            "cookies",
            "list",
            "--cookie-store",
            "1",
            "--url",
            "https://example.com/",
            "--json",
            "--show-values");
    JsonNode judged = new ObjectMapper().readTree(cli.out());

    assertThat(all).isZero();
    assertThat(forUrl).isZero();
    assertThat(listed.findValuesAsText("value")).containsExactly("b");
    assertThat(judged.findValuesAsText("value")).containsExactly("b");
  }

  @Test
  void cookiesList_domainAndUrlTogether_isUsageError() {
    int code =
        cli.run("cookies", "list", "--domain", "example.com", "--url", "https://example.com/");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.err()).contains("mutually exclusive");
  }

  @Test
  void cookiesExport_netscapeToFile_thenPurge_emptiesTheDomain() throws Exception {
    cli.store.cookieJar().put(cookie("sid", "abc123", ".example.com", false, "/", true));
    cli.store.cookieJar().put(cookie("x", "1", "other.test", true, "/", false));
    Path file = out.resolve("cookies.txt");

    int exported =
        cli.run(
            "cookies",
            "export",
            "--format",
            "netscape",
            "--domain",
            "example.com",
            "-o",
            file.toString());

    assertThat(exported).as(cli.err()).isZero();
    assertThat(Files.readString(file))
        .isEqualTo("# Netscape HTTP Cookie File\n\n.example.com\tTRUE\t/\tTRUE\t0\tsid\tabc123\n");

    int purged = cli.run("cookies", "purge", "--domain", "example.com", "--yes");

    assertThat(purged).isZero();
    assertThat(cli.out())
        .startsWith("Removed 1 cookie of example.com from the jar.\n")
        .contains("still a sync domain");
    assertThat(cli.store.cookieJar().all()).extracting(c -> c.name()).containsExactly("x");
  }

  @Test
  void cookiesPurge_withoutYes_removesNothing() {
    cli.store.cookieJar().put(cookie("sid", "abc123", ".example.com", false, "/", true));

    int code = cli.run("cookies", "purge", "--domain", "example.com");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.store.cookieJar().all()).hasSize(1);
  }

  @Test
  void collections_listShowRenameDelete() {
    cli.store
        .collections()
        .add(
            "shop",
            Organize.HOST,
            FolderPath.of("api.example.com"),
            get("r1", T, "https://api.example.com/cart"));

    assertThat(cli.run("collections", "list")).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "NAME  ORGANIZE  REQUESTS  CREATED\n"
                + "shop  host      1         2025-03-04 10:15:30\n");

    assertThat(cli.run("collections", "show", "shop")).isZero();
    assertThat(cli.out())
        .contains("api.example.com  r1  GET     200     https://api.example.com/cart");

    assertThat(cli.run("collections", "rename", "shop", "store")).isZero();
    assertThat(cli.out()).isEqualTo("Renamed collection shop to store.\n");
    assertThat(cli.run("collections", "show", "shop")).isEqualTo(ExitCode.NOT_FOUND.code());

    assertThat(cli.run("collections", "delete", "store", "--yes")).isZero();
    assertThat(cli.out()).isEqualTo("Deleted collection store and its 1 request.\n");
    assertThat(cli.store.collections().list()).isEmpty();
  }

  @Test
  void collectionsRename_toExistingName_isRefused() {
    cli.store.collections().create("a", Organize.FLAT);
    cli.store.collections().create("b", Organize.FLAT);

    int code = cli.run("collections", "rename", "a", "b");

    assertThat(code).isEqualTo(ExitCode.USAGE.code());
    assertThat(cli.store.collections().find("a")).isPresent();
  }

  @Test
  void historyShow_redactsSecretsUnlessAsked() {
    cli.store
        .history()
        .add(
            get(
                "h1",
                T,
                "https://api.example.com/x?api_key=k1&q=shoes",
                header("Authorization", "Bearer secret-1"),
                header("Accept", "*/*")),
            10);

    assertThat(cli.run("history", "show", "h1")).isZero();
    assertThat(cli.out())
        .contains(
            "GET https://api.example.com/x?api_key=REDACTED&q=shoes",
            "Authorization: REDACTED",
            "Accept: */*")
        .doesNotContain("secret-1", "k1");

    assertThat(cli.run("history", "show", "h1", "--include-secrets")).isZero();
    assertThat(cli.out()).contains("Authorization: Bearer secret-1", "api_key=k1");
  }

  @Test
  void historyShow_bodiesReadAsStreams_printTextFormAndBinaryAsBefore() {
    String text = "{\"n\":\"" + "\u00e9abc".repeat(300_000) + "\"}";
    List<FormField> fields = List.of(new FormField("a b", "x&y"), new FormField("q", ""));
    cli.store
        .history()
        .add(
            request("big", T, "POST", "https://api.example.com/up", new RequestBody.Text(text)),
            10);
    cli.store
        .history()
        .add(
            request("form", T, "POST", "https://api.example.com/f", new RequestBody.Form(fields)),
            10);
    cli.store
        .history()
        .add(
            request(
                "bin", T, "PUT", "https://api.example.com/b", new RequestBody.Bytes(new byte[300])),
            10);

    assertThat(cli.run("history", "show", "big")).isZero();
    String big = cli.out();
    assertThat(cli.run("history", "show", "form")).isZero();
    String form = cli.out();
    assertThat(cli.run("history", "show", "bin")).isZero();
    String bin = cli.out();

    assertThat(big).contains("\n" + text + "\n\nHTTP/1.1 200 OK");
    assertThat(form).contains("\na b=x&y\nq=\n");
    assertThat(bin).contains("(300 bytes of binary data; --json gives them in base64)");
  }
}

package dev.interceptor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The whole system in Debian's headless Chromium: the real extension, the host the browser starts
 * through the manifest {@code interceptor install} wrote, the SQLite store, and the command line.
 *
 * <p>The steps depend on each other and run in order on one browser. The site is on 127.0.0.1;
 * {@code app.example.test}, {@code api.example.test} and {@code example.test} are inside the sync
 * domain {@code example.test}, {@code other.test} is not.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "drives Debian's chromium packages")
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ChromiumEndToEndIT {

  private static final String EXTENSION_ID = "aclblkgnlianipdjkdhdjopimdphplle";
  private static final String HOST_NAME = "dev.interceptor.bridge";
  private static final String COLLECTION = "e2e-shop";
  private static final String SYNC_DOMAIN = "example.test";
  private static final String URL_FILTER = "^http://([a-z0-9-]+\\.)*example\\.test:[0-9]+/api/";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private static final Path COMMAND =
      Path.of(System.getProperty("interceptor.command", "target/interceptor/bin/interceptor"));
  private static final Path EXTENSION =
      Path.of(System.getProperty("interceptor.extension", "../extension"))
          .toAbsolutePath()
          .normalize();
  private static final Path NODE_TOOLS =
      Path.of(System.getProperty("interceptor.nodeTools", "../tools/node"))
          .toAbsolutePath()
          .normalize();

  /** The requests the filters keep, as method and path, in the folder of their host. */
  private static final Map<String, List<String>> KEPT =
      Map.of(
          "app.example.test",
          List.of(
              "POST /api/orders",
              "POST /api/login",
              "POST /api/upload",
              "PUT /api/items/7",
              "DELETE /api/items/7",
              "GET /api/profile?tab=orders"),
          "api.example.test",
          List.of("GET /api/v2/status", "POST /api/v2/events", "GET /api/v2/missing"));

  private final ObjectMapper mapper = new ObjectMapper();
  private final long started = System.nanoTime();

  private Path work = Path.of(".");
  private Path profile = Path.of(".");
  private TestSite site;
  private InterceptorCli cli;
  private HeadlessChromium browser;
  private long hostPid;

  @BeforeAll
  void startSite() throws IOException {
    HeadlessChromium.requireInstalled();
    assertThat(COMMAND).as("the packaged launcher (mvn package builds it)").isExecutable();
    work = Files.createTempDirectory("interceptor-e2e");
    profile = work.resolve("chromium-profile");
    Files.createDirectories(profile);
    Path home = Files.createDirectories(work.resolve("interceptor-home"));
    site = TestSite.start();
    cli = new InterceptorCli(COMMAND, home);
  }

  @AfterAll
  void stopEverything() {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
    System.out.printf(
        "end-to-end run: %.1f s; browser and host logs in %s%n",
        (System.nanoTime() - started) / 1e9, work);
  }

  @Test
  @Order(1)
  void install_forProfileDirectory_writesManifestAndDoctorPassesEveryCheck() throws IOException {
    cli.run("install", "--browser", "chromium", "--profile-dir", profile.toString()).ok();
    JsonNode doctor =
        cli.run("doctor", "--browser", "chromium", "--profile-dir", profile.toString(), "--json")
            .json();

    Path manifest = profile.resolve("NativeMessagingHosts").resolve(HOST_NAME + ".json");
    JsonNode written = mapper.readTree(manifest.toFile());
    assertThat(written.path("name").asText()).isEqualTo(HOST_NAME);
    assertThat(texts(written.path("allowed_origins")))
        .containsExactly("chrome-extension://" + EXTENSION_ID + "/");
    assertThat(Path.of(written.path("path").asText())).isAbsolute().isExecutable();

    assertThat(doctor.path("healthy").asBoolean()).as(doctor.toPrettyString()).isTrue();
    assertThat(doctor.path("state").asText()).isEqualTo("NOT_CONNECTED");
    assertThat(doctor.path("store").path("status").asText()).isEqualTo("PASS");
    assertThat(doctor.path("browsers")).hasSize(1);
    JsonNode chromium = doctor.path("browsers").get(0);
    assertThat(chromium.path("browser").asText()).isEqualTo("chromium");
    assertThat(chromium.path("manifest").asText()).isEqualTo(manifest.toString());
    assertThat(chromium.path("checks")).isNotEmpty();
    chromium
        .path("checks")
        .forEach(c -> assertThat(c.path("status").asText()).as(c.toString()).isEqualTo("PASS"));
    assertThat(doctor.path("roundTrip").path("status").asText())
        .as(doctor.path("roundTrip").toString())
        .isEqualTo("PASS");
  }

  @Test
  @Order(2)
  void browserStarts_hostSessionConnects_configuredThroughCli() throws Exception {
    browser =
        HeadlessChromium.start(profile, EXTENSION, cli.environment(), work.resolve("chromium.log"));

    JsonNode session =
        Eventually.await(
            "a connected host session in 'interceptor status'",
            WAIT,
            () -> first(cli.run("status", "--json").json().path("sessions")));
    hostPid = session.path("pid").asLong();
    cli.run("capture", "on").ok();
    cli.run("capture", "filter", "--url", URL_FILTER, "--method", "GET,POST,PUT,DELETE").ok();
    cli.run("capture", "target", "collection", COLLECTION, "--organize", "host").ok();
    cli.run("cookies", "domains", "add", SYNC_DOMAIN).ok();
    // The extension answers the settings naming the new domain with a snapshot: from then on it
    // also applies the capture settings sent before.
    Eventually.await(
        "the first snapshot of " + SYNC_DOMAIN,
        WAIT,
        () -> syncDomain(cli.run("status", "--json").json()).filter(d -> !d.path("lastSync").isNull()));

    assertThat(session.path("extensionId").asText()).isEqualTo(EXTENSION_ID);
    assertThat(ProcessHandle.of(hostPid)).as("host pid from status").isPresent();
    assertThat(browser.process().descendants().map(ProcessHandle::pid))
        .as("the host is the browser's child")
        .contains(hostPid);
    JsonNode status = cli.run("status", "--json").json();
    assertThat(status.path("capture").path("enabled").asBoolean()).isTrue();
    assertThat(status.path("capture").path("filter").path("include").asText())
        .isEqualTo(URL_FILTER);
    assertThat(texts(status.path("capture").path("filter").path("methods")))
        .containsExactly("DELETE", "GET", "POST", "PUT");
    assertThat(status.path("capture").path("target").path("collection").asText())
        .isEqualTo(COLLECTION);
    assertThat(status.path("capture").path("target").path("organize").asText()).isEqualTo("host");
  }

  @Test
  @Order(3)
  void driveSite_everyRequestAnswered() {
    browser.open(site.origin("app.example.test") + "/");
    Object app = browser.call("appRequests");
    browser.open(site.origin("api.example.test") + "/");
    Object api = browser.call("apiRequests");
    browser.open(site.origin("example.test") + "/");
    browser.open(site.origin("other.test") + "/");
    Object other = browser.call("otherRequests");

    assertThat(app)
        .asList()
        .containsExactly(
            "POST /api/orders 201",
            "POST /api/login 200",
            "POST /api/upload 200",
            "PUT /api/items/7 200",
            "DELETE /api/items/7 204",
            "GET /api/profile?tab=orders 200",
            "PATCH /api/items/7 200",
            "GET /static/config.json 200",
            "GET /auth/rotate 200");
    assertThat(api)
        .asList()
        .containsExactly(
            "GET /api/v2/status 200",
            "POST /api/v2/events 500",
            "GET /api/v2/missing 404",
            "GET /auth/logout 200");
    assertThat(other).asList().containsExactly("GET /api/other 200", "POST /api/other 200");
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Optional<JsonNode> first(JsonNode array) {
    return array.size() == 0 ? Optional.empty() : Optional.of(array.get(0));
  }

  private static Optional<JsonNode> syncDomain(JsonNode status) {
    for (JsonNode d : status.path("syncDomains")) {
      if (d.path("domain").asText().equals(SYNC_DOMAIN)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The browser's cookies inside the sync domain, as name=value@domain/path, sorted. */
  private Set<String> browserCookiesOfSyncDomain() {
    return browser.cookies().stream()
        .filter(c -> inSyncDomain(String.valueOf(c.get("domain"))))
        .map(c -> c.get("name") + "=" + c.get("value") + "@" + bare(c.get("domain")) + c.get("path"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean inSyncDomain(String domain) {
    String d = bare(domain);
    return d.equals(SYNC_DOMAIN) || d.endsWith("." + SYNC_DOMAIN);
  }

  private static String bare(Object domain) {
    String d = String.valueOf(domain);
    return d.startsWith(".") ? d.substring(1) : d;
  }

  private static List<String> lines(List<TestSite.Received> received) {
    List<String> lines = new ArrayList<>();
    received.forEach(r -> lines.add(r.method() + " " + r.host() + r.pathAndQuery()));
    return lines;
  }
}

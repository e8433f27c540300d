package dev.interceptor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.junit.jupiter.api.extension.RegisterExtension;

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

  private static final int KEPT_COUNT = KEPT.values().stream().mapToInt(List::size).sum();

  @RegisterExtension final StopAfterFailure steps = new StopAfterFailure();

  private final ObjectMapper mapper = new ObjectMapper();
  private final long started = System.nanoTime();

  private Path work = Path.of(".");
  private Path profile = Path.of(".");
  private TestSite site;
  private InterceptorCli cli;
  private HeadlessChromium browser;
  private long hostPid;
  private List<Item> items = List.of();

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
  void stopEverything() throws IOException {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }

    double seconds = (System.nanoTime() - started) / 1e9;
    if (steps.anyFailed()) {
      System.out.printf("end-to-end run: %.1f s; logs kept in %s%n", seconds, work);
      return;
    }
    System.out.printf("end-to-end run: %.1f s%n", seconds);
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
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
    JsonNode status =
        Eventually.await(
            "the first snapshot of " + SYNC_DOMAIN,
            WAIT,
            () ->
                Optional.of(cli.run("status", "--json").json())
                    .filter(s -> domain(s, SYNC_DOMAIN).filter(d -> hasSynced(d)).isPresent()));

    assertThat(session.path("extensionId").asText()).isEqualTo(EXTENSION_ID);
    assertThat(ProcessHandle.of(hostPid)).as("host pid from status").isPresent();
    assertThat(browser.process().descendants().map(ProcessHandle::pid))
        .as("the host is the browser's child")
        .contains(hostPid);
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
    List<String> app = browser.call("appRequests");
    browser.open(site.origin("api.example.test") + "/");
    List<String> api = browser.call("apiRequests");
    browser.open(site.origin("example.test") + "/");
    browser.open(site.origin("other.test") + "/");
    List<String> other = browser.call("otherRequests");

    assertThat(app)
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
        .containsExactly(
            "GET /api/v2/status 200",
            "POST /api/v2/events 500",
            "GET /api/v2/missing 404",
            "GET /auth/logout 200");
    assertThat(other).containsExactly("GET /api/other 200", "POST /api/other 200");
  }

  @Test
  @Order(4)
  void collection_holdsExactlyTheKeptRequests_inHostFolders() throws Exception {
    Eventually.await(
        "the " + KEPT_COUNT + " kept requests in collection " + COLLECTION,
        WAIT,
        () -> Optional.of(collectionUrls()).filter(u -> u.size() >= KEPT_COUNT));
    items = collectionItems();

    Map<String, List<String>> byFolder =
        items.stream()
            .collect(
                Collectors.groupingBy(
                    Item::folder, Collectors.mapping(Item::methodAndPath, Collectors.toList())));
    // Organised by host: one folder per URL authority, so the port is part of its name.
    Map<String, List<String>> expected = new TreeMap<>();
    KEPT.forEach((host, kept) -> expected.put(host + ":" + site.port(), kept));
    assertThat(byFolder.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (folder, kept) ->
            assertThat(byFolder.get(folder)).as(folder).containsExactlyInAnyOrderElementsOf(kept));
    assertThat(cli.run("history", "list", "--json").json()).as("History").isEmpty();

    assertThat(status(items, "POST /api/orders")).isEqualTo(201);
    assertThat(status(items, "DELETE /api/items/7")).isEqualTo(204);
    assertThat(status(items, "POST /api/v2/events")).isEqualTo(500);
    assertThat(status(items, "GET /api/v2/missing")).isEqualTo(404);
    assertThat(status(items, "GET /api/profile?tab=orders")).isEqualTo(200);

    JsonNode orders = request(items, "POST /api/orders");
    assertThat(postDataText(orders))
        .isEqualTo("{\"sku\":\"A-1\",\"qty\":2,\"note\":\"h\u00e9llo\"}");
    assertThat(header(orders.path("request").path("headers"), "X-Trace")).isEqualTo("e2e-1");
    assertThat(header(orders.path("request").path("headers"), "Content-Type"))
        .isEqualTo("application/json");
    assertThat(header(orders.path("response").path("headers"), "Location"))
        .isEqualTo("/api/orders/1");

    JsonNode login = request(items, "POST /api/login");
    // The browser gives URL-encoded fields decoded and ordered by name.
    assertThat(fields(login.path("request").path("postData").path("params")))
        .containsExactly("pass=x y&z", "user=ana");

    JsonNode upload = request(items, "POST /api/upload");
    assertThat(upload.path("request").path("_filePartsOmitted").asBoolean()).isTrue();
    assertThat(postDataText(upload))
        .contains("name=\"title\"", "report")
        .doesNotContain("blob content the browser hides");

    JsonNode put = request(items, "PUT /api/items/7");
    assertThat(put.path("request").path("postData").path("_encoding").asText()).isEqualTo("base64");
    assertThat(Base64.getDecoder().decode(postDataText(put))).containsExactly(0, 1, 2, 250, 255);

    JsonNode profileRequest = request(items, "GET /api/profile?tab=orders");
    assertThat(pairs(header(profileRequest.path("request").path("headers"), "Cookie")))
        .containsExactlyInAnyOrder("session=s1", "theme=dark", "lang=en");
    assertThat(request(items, "DELETE /api/items/7").path("request").has("postData")).isFalse();
  }

  @Test
  @Order(5)
  void jar_holdsExactlyTheBrowsersCookiesOfTheSyncDomain() throws Exception {
    Set<String> expected =
        Set.of(
            "session=s2@example.test/",
            "apex=1@example.test/",
            "lang=en@app.example.test/",
            "note=kept@app.example.test/",
            "api_token=t1@api.example.test/",
            "region=eu@api.example.test/api");

    assertThat(browserCookiesOfSyncDomain()).as("the browser's own view").isEqualTo(expected);
    Set<String> jar =
        Eventually.await(
            "the jar to match the browser",
            WAIT,
            () -> Optional.of(jarCookies()).filter(expected::equals));
    assertThat(jar).isEqualTo(expected);
    assertThat(browser.cookies()).extracting(c -> c.get("name")).contains("foreign", "tracker");
  }

  @Test
  @Order(6)
  void exportedCollection_replayedByNewman_reachesTheSite() throws Exception {
    Path exported = work.resolve(COLLECTION + ".postman_collection.json");
    cli.run("collections", "export", COLLECTION, "--format", "postman", "-o", exported.toString())
        .ok();
    site.forget();

    Process newman =
        new ProcessBuilder(
                "node",
                "--require",
                resource("resolve-test-names.cjs").toString(),
                NODE_TOOLS.resolve("run-newman.js").toString(),
                exported.toString(),
                work.toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("newman.log").toFile())
            .start();
    assertThat(newman.waitFor(60, TimeUnit.SECONDS)).as("newman finished").isTrue();

    assertThat(newman.exitValue()).as(Files.readString(work.resolve("newman.log"))).isZero();
    List<TestSite.Received> received = site.received();
    List<String> expected = new ArrayList<>();
    KEPT.forEach(
        (host, kept) -> kept.forEach(k -> expected.add(k.replace(" /", " " + host + "/"))));
    assertThat(lines(received)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(find(received, "POST", "/api/orders").bodyText())
        .isEqualTo("{\"sku\":\"A-1\",\"qty\":2,\"note\":\"h\u00e9llo\"}");
    assertThat(find(received, "POST", "/api/login").bodyText()).contains("user=ana");
  }

  @Test
  @Order(7)
  void replay_sendsTheSyncedCookiesToTheSite() throws Exception {
    String url = site.origin("app.example.test") + "/api/profile?tab=orders";
    String id = itemId(items, "GET /api/profile?tab=orders");
    site.forget();

    // The JVM resolves the test names through a hosts file, as the browser does by its rules.
    cli.runWith(
            "JAVA_TOOL_OPTIONS",
            "-Djdk.net.hosts.file=" + resource("hosts"),
            "replay",
            id,
            "--collection",
            COLLECTION)
        .ok();

    TestSite.Received replayed = find(site.received(), "GET", "/api/profile?tab=orders");
    Set<String> browserWouldSend =
        browser.cookiesFor(url).stream()
            .map(c -> c.get("name") + "=" + c.get("value"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(pairs(replayed.header("cookie")))
        .isEqualTo(browserWouldSend)
        .isEqualTo(Set.of("session=s2", "lang=en", "note=kept"));
  }

  @Test
  @Order(8)
  void removedSyncDomain_laterBrowserChange_leavesJarUnchanged() throws Exception {
    Set<String> before = jarCookies();
    cli.run("cookies", "domains", "remove", SYNC_DOMAIN).ok();
    // The settings naming other.test are pushed after those without example.test: once its
    // snapshot is in, the extension no longer syncs example.test.
    cli.run("cookies", "domains", "add", "other.test").ok();
    Eventually.await(
        "the first snapshot of other.test",
        WAIT,
        () -> domain(cli.run("status", "--json").json(), "other.test").filter(d -> hasSynced(d)));

    browser.open(site.origin("app.example.test") + "/");
    List<String> late = browser.call("lateRequests");
    // Captures and cookie changes share one port: once the later capture is stored, a change
    // the extension had sent would be stored too.
    Eventually.await(
        "the capture of /api/after-removal",
        WAIT,
        () -> collectionUrls().stream().filter(u -> u.endsWith("/api/after-removal")).findFirst());

    assertThat(late).contains("GET /auth/late 200", "GET /api/after-removal 200");
    assertThat(browserCookiesOfSyncDomain()).contains("session=s3@example.test/");
    Set<String> after = jarCookies();
    assertThat(after.stream().filter(c -> inSyncDomain(domainOf(c))))
        .containsExactlyInAnyOrderElementsOf(before);
    assertThat(after).contains("foreign=1@other.test/", "tracker=9@other.test/");
  }

  @Test
  @Order(9)
  void sigtermToBrowser_hostExitsOnEndOfInput() throws Exception {
    ProcessHandle host = ProcessHandle.of(hostPid).orElseThrow();

    browser.terminate();

    assertThat(host.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    assertThat(
            ProcessHandle.allProcesses()
                .filter(this::isHostOfThisTest)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("")))
        .as("no host JVM left with the test's INTERCEPTOR_HOME")
        .isEmpty();
  }

  /**
   * One collection entry: its folder and id from {@code collections show --json}, and the request
   * in full (headers, body, response) as the HAR export of the collection has it.
   */
  private record Item(String folder, String id, String methodAndPath, JsonNode harEntry) {}

  private List<Item> collectionItems() {
    JsonNode shown = cli.run("collections", "show", COLLECTION, "--json").json();
    JsonNode har =
        cli.run("collections", "export", COLLECTION, "--format", "har", "--include-secrets").json();
    Map<String, JsonNode> entries = new HashMap<>();
    har.path("log").path("entries").forEach(e -> entries.put(e.path("_id").asText(), e));

    List<Item> items = new ArrayList<>();
    for (JsonNode entry : shown.path("requests")) {
      JsonNode summary = entry.path("request");
      String id = summary.path("id").asText();
      URI uri = URI.create(summary.path("url").asText());
      String pathAndQuery =
          uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
      items.add(
          new Item(
              String.join("/", textList(entry.path("folder"))),
              id,
              summary.path("method").asText() + " " + pathAndQuery,
              Objects.requireNonNull(entries.get(id), "HAR entry of " + id)));
    }
    return items;
  }

  /** The URLs in the collection, read with one command: for polling. */
  private List<String> collectionUrls() {
    List<String> urls = new ArrayList<>();
    cli.run("collections", "show", COLLECTION, "--json")
        .json()
        .path("requests")
        .forEach(r -> urls.add(r.path("request").path("url").asText()));
    return urls;
  }

  /** The jar's cookies as name=value@domain/path. */
  private Set<String> jarCookies() {
    Set<String> cookies = new TreeSet<>();
    for (JsonNode c : cli.run("cookies", "list", "--show-values", "--json").json()) {
      cookies.add(
          c.path("name").asText()
              + "="
              + c.path("value").asText()
              + "@"
              + bare(c.path("domain").asText())
              + c.path("path").asText());
    }
    return cookies;
  }

  private static JsonNode request(List<Item> items, String methodAndPath) {
    return items.stream()
        .filter(i -> i.methodAndPath().equals(methodAndPath))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + methodAndPath + " in the collection"))
        .harEntry();
  }

  private static String itemId(List<Item> items, String methodAndPath) {
    return items.stream()
        .filter(i -> i.methodAndPath().equals(methodAndPath))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + methodAndPath + " in the collection"))
        .id();
  }

  private static int status(List<Item> items, String methodAndPath) {
    return request(items, methodAndPath).path("response").path("status").asInt();
  }

  private static String header(JsonNode headers, String name) {
    List<String> values = new ArrayList<>();
    headers.forEach(
        h -> {
          if (h.path("name").asText().equalsIgnoreCase(name)) {
            values.add(h.path("value").asText());
          }
        });
    return String.join(", ", values);
  }

  private static List<String> fields(JsonNode fields) {
    List<String> pairs = new ArrayList<>();
    fields.forEach(f -> pairs.add(f.path("name").asText() + "=" + f.path("value").asText()));
    return pairs;
  }

  private static String postDataText(JsonNode entry) {
    return entry.path("request").path("postData").path("text").asText();
  }

  private static TestSite.Received find(
      List<TestSite.Received> received, String method, String pathAndQuery) {
    return received.stream()
        .filter(r -> r.method().equals(method) && r.pathAndQuery().equals(pathAndQuery))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("the site received no " + method + " " + pathAndQuery));
  }

  private static Set<String> pairs(String cookieHeader) {
    Set<String> pairs = new TreeSet<>();
    for (String pair : cookieHeader.split(";")) {
      if (!pair.isBlank()) {
        pairs.add(pair.strip());
      }
    }
    return pairs;
  }

  /** A test resource copied to the work directory, for processes outside this JVM. */
  private Path resource(String name) throws IOException {
    Path copy = work.resolve(name);
    if (!Files.exists(copy)) {
      try (InputStream in = getClass().getResourceAsStream("/e2e/" + name)) {
        Files.copy(Objects.requireNonNull(in, name), copy);
      }
    }
    return copy;
  }

  private static List<String> textList(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(v -> values.add(v.asText()));
    } else if (!node.isMissingNode() && !node.isNull() && !node.asText().isEmpty()) {
      values.add(node.asText());
    }
    return values;
  }

  // Only our launcher's JVMs: the browser's helpers inherit the variable too, but exit with it.
  private boolean isHostOfThisTest(ProcessHandle process) {
    if (!process.info().commandLine().orElse("").contains("dev.interceptor.app.Main")) {
      return false;
    }
    try {
      byte[] environ = Files.readAllBytes(Path.of("/proc/" + process.pid() + "/environ"));
      String entry = "INTERCEPTOR_HOME=" + cli.home();
      return Arrays.asList(new String(environ, StandardCharsets.UTF_8).split("\0")).contains(entry);
    } catch (IOException e) {
      return false;
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> values = new TreeSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Optional<JsonNode> first(JsonNode array) {
    return array.size() == 0 ? Optional.empty() : Optional.of(array.get(0));
  }

  private static boolean hasSynced(JsonNode syncDomain) {
    return !syncDomain.path("lastSync").isNull();
  }

  private static Optional<JsonNode> domain(JsonNode status, String domain) {
    for (JsonNode d : status.path("syncDomains")) {
      if (d.path("domain").asText().equals(domain)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The browser's cookies inside the sync domain, as name=value@domain/path, sorted. */
  private Set<String> browserCookiesOfSyncDomain() {
    return browser.cookies().stream()
        .filter(c -> inSyncDomain(String.valueOf(c.get("domain"))))
        .map(
            c -> c.get("name") + "=" + c.get("value") + "@" + bare(c.get("domain")) + c.get("path"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The domain of a cookie written as name=value@domain/path. */
  private static String domainOf(String cookie) {
    String at = cookie.substring(cookie.lastIndexOf('@') + 1);
    return at.substring(0, at.indexOf('/'));
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

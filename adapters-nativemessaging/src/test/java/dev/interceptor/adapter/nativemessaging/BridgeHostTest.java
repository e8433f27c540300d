package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.core.model.capture.CaptureFilter;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.cookie.SyncDomains;
import dev.interceptor.core.model.routing.CaptureSettings;
import dev.interceptor.core.model.routing.CaptureTarget;
import dev.interceptor.core.model.settings.CookieSyncSettings;
import dev.interceptor.core.model.settings.Settings;
import dev.interceptor.core.port.in.ApplyCookieChangeCommand;
import dev.interceptor.core.port.in.ApplyCookieSnapshotCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BridgeHostTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  private final InMemoryPorts memory = new InMemoryPorts();

  @Test
  void hello_allowedExtension_answersWelcomeWithSettings() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(
          "{\"type\":\"hello\",\"protocolVersion\":7,\"extensionVersion\":\"1.2.0\","
              + "\"browser\":\"chrome\",\"profile\":\"Default\",\"future\":[1]}");
      ObjectNode welcome = host.await("welcome");

      assertThat(welcome.path("protocolVersion").asInt()).isEqualTo(1);
      assertThat(welcome.path("hostVersion").asText()).isEqualTo("9.9.9");
      assertThat(welcome.path("settings").path("capture").path("enabled").asBoolean()).isTrue();
      assertThat(welcome.path("settings").path("capture").path("target").path("kind").asText())
          .isEqualTo("history");
      host.closeInput();
      assertThat(host.exitCode(SECOND)).isZero();
      assertThat(memory.sessionWrites)
          .anySatisfy(
              s -> {
                assertThat(s.browser()).isEqualTo("chrome");
                assertThat(s.extensionVersion()).isEqualTo("1.2.0");
              });
      assertThat(memory.closedSessions).containsExactly(42L);
    }
  }

  @Test
  void pingThenEof_answersPongAndExitsZeroWithinOneSecond() throws Exception {
    // C08 A and C01: one pong carrying the ping's id, then a clean exit.
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send("{\"type\":\"ping\",\"id\":1}");
      host.closeInput();
      long start = System.nanoTime();
      int code = host.exitCode(SECOND);

      assertThat(code).isZero();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SECOND);
      assertThat(host.await("pong").get("id").asInt()).isEqualTo(1);
    }
  }

  @Test
  void eofInsidePrefix_exitsNonZeroAndWritesNothing() throws Exception {
    // C08 B: only 05 00, then end of input.
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.sendRaw(new byte[] {5, 0});
      host.closeInput();

      assertThat(host.exitCode(SECOND)).isEqualTo(BridgeHost.EXIT_STREAM_BROKEN);
      Thread.sleep(50);
      assertThat(host.rawFromHost.size()).isZero();
    }
  }

  @Test
  void eofInsidePayload_exitsNonZero() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      byte[] whole = FrameReaderTest.frame("{\"type\":\"ping\"}");
      host.sendRaw(java.util.Arrays.copyOf(whole, 9));
      host.closeInput();

      assertThat(host.exitCode(SECOND)).isEqualTo(BridgeHost.EXIT_STREAM_BROKEN);
    }
  }

  @Test
  void brokenOutput_exitsQuicklyAndKeepsCommittedCapture() throws Exception {
    // C08 C: the browser closed the read end of the host's stdout.
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    try (HostHarness host =
        new HostHarness(
            memory, List.of("chrome-extension://" + InMemoryPorts.EXTENSION_ID + "/"), broken)) {

      host.send(capture("c1", "https://api.example.com/a"));
      host.send("{\"type\":\"ping\"}");

      assertThat(host.exitCode(SECOND)).isZero();
      assertThat(memory.committedCaptures).extracting(CapturedRequest::id).containsExactly("c1");
    }
  }

  @Test
  void capture_committedBeforeAck() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(capture("c1", "https://api.example.com/v1/orders?page=2"));
      ObjectNode ack = host.await("ack");

      assertThat(ack.path("ids").get(0).asText()).isEqualTo("c1");
      assertThat(memory.committedCaptures).extracting(CapturedRequest::id).containsExactly("c1");
      CapturedRequest stored = memory.committedCaptures.get(0);
      assertThat(stored.method()).isEqualTo("POST");
      assertThat(stored.body()).isEqualTo(new RequestBody.Text("{\"a\":1}"));
      assertThat(stored.bodySize()).isEqualTo(7);
      assertThat(stored.response()).isNotNull();
      assertThat(stored.response().headers()).hasSize(2);
    }
  }

  @Test
  void capture_whileCaptureOff_ackedAsDropped() throws Exception {
    memory.settings =
        new Settings(
            new CaptureSettings(false, CaptureFilter.ALL, CaptureTarget.HISTORY),
            CookieSyncSettings.DEFAULT,
            Set.of(InMemoryPorts.EXTENSION_ID),
            Settings.DEFAULT_RETENTION);
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(capture("c1", "https://api.example.com/a"));
      ObjectNode ack = host.await("ack");

      assertThat(ack.path("dropped").get(0).asText()).isEqualTo("c1");
      assertThat(memory.committedCaptures).isEmpty();
    }
  }

  @Test
  void capture_emojiAndNonBmpInUrlHeadersBody_storedExactly() throws Exception {
    String text = "caf\u00e9 \uD83D\uDE00 \uD801\uDC37";
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(
          "{\"type\":\"capture\",\"id\":\"e1\",\"time\":1718009011123.5,"
              + "\"url\":\"https://x.test/"
              + text
              + "\",\"method\":\"PUT\",\"requestHeaders\":[{\"name\":\"X-T\",\"value\":\""
              + text
              + "\"}],\"body\":{\"text\":\""
              + text
              + "\"}}");
      host.await("ack");

      CapturedRequest stored = memory.committedCaptures.get(0);
      assertThat(stored.url()).isEqualTo("https://x.test/" + text);
      assertThat(stored.requestHeader("x-t")).contains(text);
      assertThat(stored.body()).isEqualTo(new RequestBody.Text(text));
      assertThat(stored.bodySize()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
      assertThat(stored.time().toEpochMilli()).isEqualTo(1718009011123L);
    }
  }

  @Test
  void capture_invalidUtf8InHeaderOrBody_errorNamesIdAndHostServesNext() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.frames.write(
          FrameReaderTest.concat(
              bytes(
                  "{\"type\":\"capture\",\"id\":\"bad1\",\"time\":1,\"url\":\"https://x.test/\","
                      + "\"method\":\"GET\",\"requestHeaders\":[{\"name\":\"A\",\"value\":\""),
              new byte[] {(byte) 0xFF, (byte) 0xFE},
              bytes("\"}]}")));
      ObjectNode error = host.await("error");
      host.send(capture("good", "https://x.test/ok"));
      ObjectNode ack = host.await("ack");

      assertThat(error.path("code").asText()).isEqualTo("invalid_utf8");
      assertThat(error.path("id").asText()).isEqualTo("bad1");
      assertThat(ack.path("ids").get(0).asText()).isEqualTo("good");
    }
  }

  @Test
  void binaryAndFormBodies_mappedToBytesAndFields() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(
          "{\"type\":\"capture\",\"id\":\"b\",\"time\":1,\"url\":\"https://x.test/\","
              + "\"method\":\"PUT\",\"body\":{\"base64\":\"AP8QgA==\"}}");
      host.send(
          "{\"type\":\"capture\",\"id\":\"f\",\"time\":1,\"url\":\"https://x.test/\","
              + "\"method\":\"POST\",\"body\":{\"formData\":[{\"name\":\"t\",\"value\":\"a\"},"
              + "{\"name\":\"t\",\"value\":\"b\"}]}}");
      awaitAcked(host, Set.of("b", "f"));

      RequestBody bytes = memory.committedCaptures.get(0).body();
      assertThat(bytes).isEqualTo(new RequestBody.Bytes(new byte[] {0, -1, 16, -128}));
      assertThat(memory.committedCaptures.get(0).bodySize()).isEqualTo(4);
      assertThat(((RequestBody.Form) memory.committedCaptures.get(1).body()).fields())
          .extracting(f -> f.name() + "=" + f.value())
          .containsExactly("t=a", "t=b");
    }
  }

  @Test
  void capture_bodyNearFrameLimit_storedWhole() throws Exception {
    // Jackson's own string limit (20 million characters) must not be lower than the frame limit.
    String prefix =
        "{\"type\":\"capture\",\"id\":\"huge\",\"time\":1,\"url\":\"https://x.test/\","
            + "\"method\":\"POST\",\"body\":{\"text\":\"";
    int length = FrameReader.BROWSER_TO_HOST_LIMIT - prefix.length() - 3;
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(prefix + "a".repeat(length) + "\"}}");
      host.await("ack");

      assertThat(((RequestBody.Text) memory.committedCaptures.get(0).body()).text())
          .hasSize(length);
    }
  }

  @Test
  void capture_fiveMebibyteBody_storedWhole() throws Exception {
    // C06 A.
    String body = "a".repeat(5_000_000);
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(
          "{\"type\":\"capture\",\"id\":\"big\",\"time\":1,\"url\":\"https://x.test/\","
              + "\"method\":\"POST\",\"body\":{\"text\":\""
              + body
              + "\"}}");
      host.await("ack");

      assertThat(((RequestBody.Text) memory.committedCaptures.get(0).body()).text())
          .hasSize(5_000_000);
    }
  }

  @Test
  void tenThousandCaptures_allAckedInGroupedCommits() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {
      Set<String> ids = new HashSet<>();

      for (int i = 0; i < 10_000; i++) {
        host.send(capture("c" + i, "https://api.example.com/items/" + i));
        ids.add("c" + i);
      }
      awaitAcked(host, ids);
      host.closeInput();

      assertThat(host.exitCode(SECOND)).isZero();
      assertThat(memory.committedCaptures).hasSize(10_000);
      assertThat(memory.commits.get()).isLessThan(10_000);
    }
  }

  @Test
  void ack_isNotHeldBack() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {
      host.send(capture("warm", "https://x.test/"));
      host.await("ack");

      long start = System.nanoTime();
      host.send(capture("c1", "https://x.test/"));
      host.await("ack");

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
    }
  }

  @Test
  void cookieSnapshotAndChange_appliedWithPartitionKey() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send(
          "{\"type\":\"cookies.snapshot\",\"id\":\"s1\",\"domain\":\"example.com\","
              + "\"storeId\":\"0\",\"cookies\":[{\"name\":\"sid\",\"value\":\"p1\","
              + "\"domain\":\"widget.example.com\",\"hostOnly\":true,\"path\":\"/\","
              + "\"secure\":true,\"expirationDate\":1750000000.5,"
              + "\"partitionKey\":{\"topLevelSite\":\"https://shop.test\"}}]}");
      host.send(
          "{\"type\":\"cookies.changed\",\"id\":\"k1\",\"removed\":true,\"cause\":"
              + "\"expired_overwrite\",\"cookie\":{\"name\":\"a\",\"value\":\"\","
              + "\"domain\":\".example.com\"}}");
      awaitAcked(host, Set.of("s1", "k1"));

      ApplyCookieSnapshotCommand snapshot =
          (ApplyCookieSnapshotCommand) memory.committedCookieCommands.get(0);
      assertThat(snapshot.domain()).isEqualTo("example.com");
      assertThat(snapshot.cookies().get(0).partitionKey()).isEqualTo("https://shop.test");
      assertThat(snapshot.cookies().get(0).expires().toEpochMilli()).isEqualTo(1750000000500L);
      ApplyCookieChangeCommand change =
          (ApplyCookieChangeCommand) memory.committedCookieCommands.get(1);
      assertThat(change.change().removed()).isTrue();
      assertThat(change.change().cookie().path()).isEqualTo("/");
      assertThat(change.change().cookie().sameSite()).isEqualTo("unspecified");
    }
  }

  @Test
  void unknownTypeMalformedJsonAndBadField_errorsAndHostStaysUp() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send("{\"type\":\"teleport\",\"id\":\"u1\"}");
      ObjectNode unknown = host.await("error");
      host.send("{\"type\":\"capture\",");
      ObjectNode malformed = host.await("error");
      host.send(
          "{\"type\":\"capture\",\"id\":\"c9\",\"time\":\"secret-value\",\"url\":\"u\","
              + "\"method\":\"GET\"}");
      ObjectNode wrongType = host.await("error");
      host.send("{\"type\":\"capture\",\"id\":\"c10\",\"time\":1,\"url\":\"u\"}");
      ObjectNode missing = host.await("error");
      host.send("{\"type\":\"ping\",\"id\":\"still\"}");

      assertThat(unknown.path("code").asText()).isEqualTo("unknown_type");
      assertThat(unknown.path("id").asText()).isEqualTo("u1");
      assertThat(malformed.path("code").asText()).isEqualTo("malformed_json");
      assertThat(wrongType.path("code").asText()).isEqualTo("bad_field");
      assertThat(wrongType.path("id").asText()).isEqualTo("c9");
      assertThat(wrongType.toString()).doesNotContain("secret-value");
      assertThat(missing.path("reason").asText()).isEqualTo("capture.method is missing");
      assertThat(host.await("pong").path("id").asText()).isEqualTo("still");
    }
  }

  @Test
  void oversizedFrame_errorThenNextFrameServed() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      byte[] prefix = {1, 0, 0, 4}; // 64 MiB + 1
      host.sendRaw(prefix);
      ObjectNode error = host.await("error");
      host.sendRaw(new byte[FrameReader.BROWSER_TO_HOST_LIMIT + 1]);
      host.send("{\"type\":\"ping\",\"id\":2}");

      assertThat(error.path("code").asText()).isEqualTo("frame_too_large");
      assertThat(host.await("pong").path("id").asInt()).isEqualTo(2);
    }
  }

  @Test
  void disallowedOrigin_errorFrameThenExit() throws Exception {
    try (HostHarness host =
        new HostHarness(memory, List.of("chrome-extension://pppppppppppppppppppppppppppppppp/"))) {

      int code = host.exitCode(SECOND);

      assertThat(code).isEqualTo(BridgeHost.EXIT_ORIGIN_NOT_ALLOWED);
      assertThat(host.await("error").path("code").asText()).isEqualTo("origin_not_allowed");
      assertThat(memory.sessionWrites).isEmpty();
    }
  }

  @Test
  void settingsChangedElsewhere_pushedWithinHalfASecondWithResync() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {
      host.send("{\"type\":\"hello\",\"protocolVersion\":1,\"extensionVersion\":\"1\"}");
      host.await("welcome");

      Settings s = memory.settings;
      Settings changed =
          new Settings(
              s.capture(),
              new CookieSyncSettings(true, List.of(SyncDomains.parse("example.com"))),
              s.allowedExtensionIds(),
              s.historyRetention());
      long start = System.nanoTime();
      memory.changeSettings(changed);
      ObjectNode settings = host.await("settings", Duration.ofMillis(500));
      ObjectNode resync = host.await("cookies.resync", Duration.ofMillis(500));

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
      JsonNode domain = settings.path("settings").path("cookieSync").path("domains").get(0);
      assertThat(domain.path("host").asText()).isEqualTo("example.com");
      assertThat(domain.path("includeSubdomains").asBoolean()).isTrue();
      assertThat(resync.path("domain").asText()).isEqualTo("example.com");
    }
  }

  @Test
  void resyncRequestedElsewhere_syncedDomainResyncedOnceWithoutSettings() throws Exception {
    Settings s = memory.settings;
    memory.changeSettings(
        new Settings(
            s.capture(),
            new CookieSyncSettings(
                true, List.of(SyncDomains.parse("example.com"), SyncDomains.parse("shop.test"))),
            s.allowedExtensionIds(),
            s.historyRetention()));
    try (HostHarness host = HostHarness.allowed(memory)) {
      host.send("{\"type\":\"hello\",\"protocolVersion\":1,\"extensionVersion\":\"1\"}");
      host.await("welcome");

      long start = System.nanoTime();
      memory.settingsStore().requestResync("shop.test");
      memory.settingsStore().requestResync("not-synced.test");
      ObjectNode resync = host.await("cookies.resync", Duration.ofMillis(500));
      Thread.sleep(200);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(700));
      assertThat(resync.path("domain").asText()).isEqualTo("shop.test");
      assertThat(host.received).extracting(m -> m.path("type").asText()).isEmpty();
    }
  }

  @Test
  void settingsChangeFromPopup_ackedThenSettingsPushed() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send("{\"type\":\"settings.change\",\"id\":\"p1\",\"captureEnabled\":false}");
      ObjectNode ack = host.await("ack");
      ObjectNode settings = host.await("settings", Duration.ofMillis(500));

      assertThat(ack.path("ids").get(0).asText()).isEqualTo("p1");
      assertThat(settings.path("settings").path("capture").path("enabled").asBoolean()).isFalse();
      assertThat(memory.settings.capture().enabled()).isFalse();
    }
  }

  @Test
  void settingsChange_invalidSyncDomain_badFieldError() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {

      host.send("{\"type\":\"settings.change\",\"id\":\"p2\",\"addSyncDomain\":\"co.uk\"}");
      ObjectNode error = host.await("error");

      assertThat(error.path("code").asText()).isEqualTo("bad_field");
      assertThat(error.path("id").asText()).isEqualTo("p2");
    }
  }

  @Test
  void storeFailure_storeFailedErrorAndHostStaysUp() throws Exception {
    try (HostHarness host = HostHarness.allowed(memory)) {
      memory.failStore = true;

      host.send(capture("c1", "https://x.test/"));
      ObjectNode error = host.await("error");
      memory.failStore = false;
      host.send(capture("c2", "https://x.test/"));
      ObjectNode ack = host.await("ack");

      assertThat(error.path("code").asText()).isEqualTo("store_failed");
      assertThat(error.path("id").asText()).isEqualTo("c1");
      assertThat(ack.path("ids").get(0).asText()).isEqualTo("c2");
    }
  }

  @Test
  void pushSettings_overOneMebibyte_sentAsChunksUnderTheLimit() throws Exception {
    // C06 B: no frame over 1 MiB; the reply is chunked and reassembles exactly.
    try (HostHarness host = HostHarness.allowed(memory)) {
      Settings s = memory.settings;
      String include = "\uD83D\uDE00".repeat(300_000) + "\u0001".repeat(100_000);
      Settings huge =
          new Settings(
              new CaptureSettings(
                  true, new CaptureFilter(include, "", Set.of(), Set.of()), CaptureTarget.HISTORY),
              s.cookieSync(),
              s.allowedExtensionIds(),
              s.historyRetention());

      host.host.pushSettings(huge);
      ObjectNode first = host.await("chunk");
      List<ObjectNode> chunks = new ArrayList<>(List.of(first));
      for (int i = 1; i < first.path("count").asInt(); i++) {
        chunks.add(host.await("chunk"));
      }

      StringBuilder json = new StringBuilder();
      chunks.forEach(c -> json.append(c.path("data").asText()));
      JsonNode whole = WireJson.mapper().readTree(json.toString());
      assertThat(whole.path("type").asText()).isEqualTo("settings");
      assertThat(whole.path("settings").path("capture").path("filter").path("include").asText())
          .isEqualTo(include);
      assertThat(chunks)
          .extracting(c -> c.path("index").asInt())
          .containsExactly(
              java.util.stream.IntStream.range(0, chunks.size()).boxed().toArray(Integer[]::new));
      assertThat(maxFrameLength(host.rawFromHost.toByteArray()))
          .isLessThanOrEqualTo(FrameWriter.HOST_TO_BROWSER_LIMIT);
    }
  }

  private static long maxFrameLength(byte[] stream) {
    long max = 0;
    int at = 0;
    while (at + 4 <= stream.length) {
      long len =
          (stream[at] & 0xFFL)
              | (stream[at + 1] & 0xFFL) << 8
              | (stream[at + 2] & 0xFFL) << 16
              | (stream[at + 3] & 0xFFL) << 24;
      max = Math.max(max, len);
      at += 4 + (int) len;
    }
    return max;
  }

  private static void awaitAcked(HostHarness host, Set<String> ids) throws InterruptedException {
    Set<String> left = new HashSet<>(ids);
    while (!left.isEmpty()) {
      host.await("ack", Duration.ofSeconds(10)).path("ids").forEach(id -> left.remove(id.asText()));
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String capture(String id, String url) {
    return "{\"type\":\"capture\",\"id\":\""
        + id
        + "\",\"time\":1718009011123,\"url\":\""
        + url
        + "\",\"method\":\"POST\",\"requestHeaders\":[{\"name\":\"Content-Type\",\"value\":"
        + "\"application/json\"}],\"body\":{\"text\":\"{\\\"a\\\":1}\"},\"resourceType\":"
        + "\"xmlhttprequest\",\"tabId\":3,\"response\":{\"status\":201,\"statusLine\":"
        + "\"HTTP/1.1 201 Created\",\"headers\":[{\"name\":\"Set-Cookie\",\"value\":\"a=1\"},"
        + "{\"name\":\"Set-Cookie\",\"value\":\"b=2\"}]}}";
  }
}

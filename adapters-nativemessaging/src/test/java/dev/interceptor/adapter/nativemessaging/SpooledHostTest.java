package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host with a spool: a capture of a frame over the spool threshold is stored from its file, and
 * the file is gone by the time the browser hears back, whether the capture was stored or refused.
 */
class SpooledHostTest {

  private static final int LARGE = FrameReader.SPOOLED_FROM + 1024;
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path data;

  @Test
  void capture_textOverTheThreshold_isStoredAndItsFileRemovedBeforeTheAck() throws Exception {
    String text = "caf\u00e9 \n".repeat(LARGE / 7);
    InMemoryPorts memory = new InMemoryPorts();

    try (HostHarness host = host(memory)) {
      host.send(capture("t1", "\"text\":" + WireJson.mapper().writeValueAsString(text)));
      ObjectNode ack = host.await("ack", WAIT);

      assertThat(ack.path("ids").get(0).asText()).isEqualTo("t1");
      assertThat(spooledFiles()).isEmpty();
    }
    CapturedRequest stored = memory.committedCaptures.get(0);
    assertThat(stored.body()).isEqualTo(new RequestBody.Text(text));
    assertThat(stored.bodySize()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void capture_base64OverTheThreshold_isStoredDecoded() throws Exception {
    byte[] raw = new byte[LARGE];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (byte) (i * 31);
    }
    InMemoryPorts memory = new InMemoryPorts();

    try (HostHarness host = host(memory)) {
      host.send(capture("b1", "\"base64\":\"" + Base64.getEncoder().encodeToString(raw) + "\""));
      host.await("ack", WAIT);

      assertThat(spooledFiles()).isEmpty();
    }
    CapturedRequest stored = memory.committedCaptures.get(0);
    assertThat(((RequestBody.Bytes) stored.body()).data()).isEqualTo(raw);
    assertThat(stored.bodySize()).isEqualTo(raw.length);
  }

  @Test
  void refusedLargeFrames_getTheSameErrorsAsSmallOnesAndLeaveNoFile() throws Exception {
    String filler = "A".repeat(LARGE);
    byte[] invalid =
        capture("u1", "\"text\":\"" + filler + "\u00e9\"").getBytes(StandardCharsets.UTF_8);
    invalid[invalid.length - 5] = (byte) 0xFF;

    try (HostHarness host = host(new InMemoryPorts())) {
      host.send(capture("b2", "\"base64\":\"" + filler + "!\""));
      ObjectNode badBase64 = host.await("error", WAIT);
      assertThat(spooledFiles()).isEmpty();
      host.send("{\"type\":\"nonsense\",\"id\":\"n1\",\"pad\":\"" + filler + "\"}");
      ObjectNode unknown = host.await("error", WAIT);
      assertThat(spooledFiles()).isEmpty();
      host.frames.write(invalid);
      ObjectNode badUtf8 = host.await("error", WAIT);
      assertThat(spooledFiles()).isEmpty();
      host.send("{\"type\":\"capture\",\"id\":\"j1\",\"pad\":\"" + filler + "\"");
      ObjectNode badJson = host.await("error", WAIT);

      assertThat(spooledFiles()).isEmpty();
      assertThat(badBase64.path("code").asText()).isEqualTo("bad_field");
      assertThat(badBase64.path("reason").asText())
          .isEqualTo("capture.body.base64 is not valid base64");
      assertThat(badBase64.path("id").asText()).isEqualTo("b2");
      assertThat(unknown.path("code").asText()).isEqualTo("unknown_type");
      assertThat(badUtf8.path("code").asText()).isEqualTo("invalid_utf8");
      assertThat(badUtf8.path("id").asText()).isEqualTo("u1");
      assertThat(badJson.path("code").asText()).isEqualTo("malformed_json");
    }
  }

  @Test
  void truncatedLargeFrame_endsTheHostAndLeavesNoFile() throws Exception {
    byte[] frame = FrameReaderTest.frame(capture("c1", "\"text\":\"" + "x".repeat(LARGE) + "\""));

    try (HostHarness host = host(new InMemoryPorts())) {
      host.sendRaw(Arrays.copyOf(frame, frame.length - 100));
      host.closeInput();

      assertThat(host.exitCode(WAIT)).isEqualTo(BridgeHost.EXIT_STREAM_BROKEN);
    }
    assertThat(spooledFiles()).isEmpty();
  }

  @Test
  void hostStart_removesFilesLeftByEndedHosts() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path spool = Files.createDirectories(FrameSpool.in(data).directory());
    Path left = Files.createFile(spool.resolve(ended.pid() + "-7.frame"));

    try (HostHarness host = host(new InMemoryPorts())) {
      host.send("{\"type\":\"ping\",\"id\":1}");
      host.await("pong", WAIT);
    }

    assertThat(left).doesNotExist();
  }

  private HostHarness host(InMemoryPorts memory) throws Exception {
    return new HostHarness(
        memory,
        List.of("chrome-extension://" + InMemoryPorts.EXTENSION_ID + "/"),
        null,
        FrameSpool.in(data));
  }

  private static String capture(String id, String body) {
    return "{\"type\":\"capture\",\"id\":\""
        + id
        + "\",\"time\":1718009011123.5,\"url\":\"https://api.test/upload\",\"method\":\"POST\","
        + "\"body\":{"
        + body
        + "}}";
  }

  private List<Path> spooledFiles() throws Exception {
    Path spool = FrameSpool.in(data).directory();
    if (!Files.exists(spool)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spool)) {
      return files.toList();
    }
  }
}

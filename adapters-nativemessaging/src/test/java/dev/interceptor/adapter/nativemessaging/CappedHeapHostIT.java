package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A capture of nearly the browser's 64 MiB frame limit is stored whole by a host whose heap cannot
 * hold it twice: the body is kept in the frame's own bytes, not copied into a string beside them
 * (nor built by the parser through character buffers of twice its size).
 */
class CappedHeapHostIT {

  /** One 64 MiB copy fits with room to work; two do not. */
  private static final String HEAP_CAP = "-Xmx112m";

  @Test
  @Timeout(120)
  void capture_nearFrameLimitUnderHeapCap_isStoredWholeAndAcknowledged() throws Exception {
    int fillerLength = FrameReader.BROWSER_TO_HOST_LIMIT - 4096;

    String log = storeInCappedHost(captureFrame("text", 'x', fillerLength, "\\n\\u00e9"));

    // The filler, then the escapes undone: a newline and U+00E9 in two bytes.
    assertThat(log).contains("stored big " + (fillerLength + 3) + " 0ac3a9");
  }

  @Test
  @Timeout(120)
  void base64Capture_nearFrameLimitUnderHeapCap_isStoredWholeAndAcknowledged() throws Exception {
    int fillerLength = (FrameReader.BROWSER_TO_HOST_LIMIT - 4096) / 4 * 4;

    // Escaped slashes, so that escapes are undone before the base64 is decoded.
    String log = storeInCappedHost(captureFrame("base64", 'A', fillerLength, "\\/\\/\\/\\/CsOp"));

    // Zeros from the filler, FF FF FF from the slashes, then 0A C3 A9.
    assertThat(log).contains("stored big " + (fillerLength / 4 * 3 + 6) + " 0ac3a9");
  }

  /** Runs the capped host over hello and the capture; returns its stderr once it exited cleanly. */
  private static String storeInCappedHost(byte[] capture) throws Exception {
    Process host = start();
    CompletableFuture<String> stderr = collect(host.getErrorStream());
    try {
      exchange(host, capture);
    } finally {
      host.destroyForcibly();
    }

    String log = stderr.get(10, TimeUnit.SECONDS);
    assertThat(host.exitValue()).as(log).isZero();
    assertThat(log).doesNotContain("OutOfMemoryError");
    return log;
  }

  /** Sends hello and the capture, reads welcome and the ack, then ends the input. */
  private static void exchange(Process host, byte[] capture) throws Exception {

    try (OutputStream toHost = host.getOutputStream()) {
      FrameWriter frames = new FrameWriter(toHost, FrameReader.BROWSER_TO_HOST_LIMIT);
      frames.write(
          "{\"type\":\"hello\",\"protocolVersion\":1,\"browser\":\"chrome\"}"
              .getBytes(StandardCharsets.UTF_8));
      frames.write(capture);
      FrameReader fromHost =
          new FrameReader(host.getInputStream(), FrameWriter.HOST_TO_BROWSER_LIMIT);
      ObjectNode welcome = fromHost.readMessage().orElseThrow();
      ObjectNode ack = fromHost.readMessage().orElseThrow();

      assertThat(welcome.path("type").asText()).isEqualTo("welcome");
      assertThat(ack.path("type").asText()).as(ack.toString()).isEqualTo("ack");
      assertThat(ack.path("ids").get(0).asText()).isEqualTo("big");
    }
    assertThat(host.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  /** A capture "big" whose body, given as {@code form}, is a long filler and then {@code tail}. */
  private static byte[] captureFrame(String form, char filler, int fillerLength, String tail) {
    String head =
        "{\"type\":\"capture\",\"id\":\"big\",\"time\":1718009011123.5,"
            + "\"url\":\"https://api.test/upload\",\"method\":\"POST\",\"body\":{\""
            + form
            + "\":\"";
    ByteArrayOutputStream out = new ByteArrayOutputStream(fillerLength + 200);
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    byte[] fill = new byte[fillerLength];
    java.util.Arrays.fill(fill, (byte) filler);
    out.writeBytes(fill);
    out.writeBytes((tail + "\"}}").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                HEAP_CAP,
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                CappedHeapHost.class.getName()))
        .start();
  }

  private static CompletableFuture<String> collect(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return e.toString();
          }
        });
  }
}

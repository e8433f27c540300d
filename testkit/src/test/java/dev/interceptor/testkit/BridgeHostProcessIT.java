package dev.interceptor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The host as a real child process, started the way a Chromium browser starts it. */
class BridgeHostProcessIT {

  private static final Duration START = Duration.ofSeconds(20);
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private static FakeExtension launch() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return FakeExtension.launch(
        List.of(
            java,
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            ChildHostMain.class.getName(),
            "chrome-extension://" + InMemoryHostPorts.EXTENSION_ID + "/"),
        Map.of());
  }

  @Test
  void pingThenEof_stdoutHoldsExactlyOneFrame() throws Exception {
    // C01 and C08 A, with TRACE logging and a stray System.out.println in the host.
    try (FakeExtension extension = launch()) {

      extension.sendFrame("{\"type\":\"ping\",\"id\":1}".getBytes());
      extension.await("pong", START);
      extension.closeInput();
      long closed = System.nanoTime();
      int code = extension.awaitExit(START);

      assertThat(code).isZero();
      assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(ONE_SECOND);
      byte[] out = extension.receivedBytes();
      int length = ByteBuffer.wrap(out, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
      assertThat(out).hasSize(4 + length);
      JsonNode only = JsonMapper.builder().build().readTree(Arrays.copyOfRange(out, 4, out.length));
      assertThat(only.path("id").asInt()).isEqualTo(1);
      assertThat(extension.framingFailure()).isEmpty();
      assertThat(extension.stderr())
          .contains("DEBUG")
          .contains("System.out is reserved for native messaging frames");
    }
  }

  @Test
  void twoBytesThenEof_exitsNonZeroWithNothingOnStdout() {
    // C08 B.
    try (FakeExtension extension = launch()) {

      extension.sendRaw(new byte[] {5, 0});
      extension.closeInput();
      int code = extension.awaitExit(START);

      assertThat(code).isNotZero();
      assertThat(extension.receivedBytes()).isEmpty();
      assertThat(extension.stderr()).containsOnlyOnce("ERROR");
      assertThat(extension.stderr()).contains("input ended inside a length prefix (2 of 4)");
    }
  }

  @Test
  void outputClosedBeforeReply_exitsQuicklyWithoutStackTrace() {
    // C08 C: the capture is committed, the ack and pong cannot be written.
    try (FakeExtension extension = launch()) {
      extension.sendFrame("{\"type\":\"ping\",\"id\":0}".getBytes());
      extension.await("pong", START);

      extension.closeOutput();
      extension.send(FakeExtension.capture("c1", "https://x.test/", "GET"));
      extension.sendFrame("{\"type\":\"ping\",\"id\":2}".getBytes());
      long closed = System.nanoTime();
      int code = extension.awaitExit(START);

      assertThat(code).isZero();
      assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(ONE_SECOND);
      assertThat(extension.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }
}

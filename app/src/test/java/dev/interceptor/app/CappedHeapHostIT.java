package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.adapter.storage.SqliteStore;
import dev.interceptor.app.cli.CompanionExtension;
import dev.interceptor.core.model.capture.OpenedBody;
import dev.interceptor.testkit.FakeExtension;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real host, with its SQLite store, in a JVM whose heap is smaller than one message at the
 * browser's 64 MiB frame limit: such a message can be stored only if it is never held whole, from
 * the frame through the parser to the store. The stored body must be what was sent, byte for byte.
 */
class CappedHeapHostIT {

  /** Less than one 64 MiB frame: a host that reads a frame into an array runs out of heap. */
  private static final String HEAP_CAP = "-Xmx48m";

  private static final int FRAME_LIMIT = 64 * 1024 * 1024;
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path home;

  @Test
  @Timeout(180)
  void textCapture_nearFrameLimitUnderHeapSmallerThanTheFrame_isStoredByteForByte()
      throws Exception {
    int fillerLength = FRAME_LIMIT - 4096;
    byte[] filler = new byte[fillerLength];
    Arrays.fill(filler, (byte) 'x');

    // The escapes undone: a newline and U+00E9 in two bytes.
    byte[] stored = storeInCappedHost(captureFrame("text", filler, "\\n\\u00e9"));

    byte[] expected = concat(filler, new byte[] {'\n', (byte) 0xC3, (byte) 0xA9});
    assertThat(stored.length).isEqualTo(expected.length);
    assertThat(Arrays.mismatch(stored, expected)).isEqualTo(-1);
  }

  @Test
  @Timeout(180)
  void base64Capture_nearFrameLimitUnderHeapSmallerThanTheFrame_isStoredByteForByte()
      throws Exception {
    int fillerLength = (FRAME_LIMIT - 4096) / 4 * 4;
    byte[] filler = new byte[fillerLength];
    for (int i = 0; i < fillerLength; i++) {
      filler[i] = (byte) "AQID/+7d".charAt(i % 8);
    }

    // Escaped slashes, so that escapes are undone before the base64 is decoded.
    byte[] stored = storeInCappedHost(captureFrame("base64", filler, "\\/\\/\\/\\/CsOp"));

    byte[] decodedFiller = java.util.Base64.getDecoder().decode(filler);
    byte[] tail = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, '\n', (byte) 0xC3, (byte) 0xA9};
    byte[] expected = concat(decodedFiller, tail);
    assertThat(stored.length).isEqualTo(expected.length);
    assertThat(Arrays.mismatch(stored, expected)).isEqualTo(-1);
  }

  /**
   * Runs the capped host over hello and the capture, then reads the stored body back from the
   * store; the host must have exited cleanly and left no spooled frame behind.
   */
  private byte[] storeInCappedHost(byte[] capture) throws Exception {
    run("capture", "on");

    String stderr;
    try (FakeExtension browser = FakeExtension.launch(host(), environment())) {
      browser.hello("chrome", "Default");
      browser.await("welcome", WAIT);
      try {
        browser.sendFrame(capture);
      } catch (UncheckedIOException e) {
        browser.awaitExit(WAIT);
        throw new AssertionError("the host stopped reading the capture: " + browser.stderr(), e);
      }
      browser.awaitAcks(List.of("big"), WAIT);
      browser.closeInput();

      int exit = browser.awaitExit(WAIT);
      stderr = browser.stderr();
      assertThat(exit).as(stderr).isZero();
    }

    assertThat(stderr).doesNotContain("OutOfMemoryError");
    assertThat(spooledFiles()).isEmpty();
    try (SqliteStore store = SqliteStore.openIn(home, Clock.systemUTC());
        OpenedBody body = store.history().openBody("big").orElseThrow()) {
      return body.readAllBytes();
    }
  }

  private List<String> host() {
    return List.of(
        java(),
        HEAP_CAP,
        "-XX:+UseSerialGC",
        "-cp",
        classPath(),
        Main.class.getName(),
        CompanionExtension.ORIGIN);
  }

  private void run(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of(java(), "-cp", classPath(), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment());
    builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.redirectErrorStream(true);
    builder.redirectOutput(home.resolve("command.out").toFile());
    Process process = builder.start();

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(home.resolve("command.out"))).isZero();
  }

  private Map<String, String> environment() {
    return Map.of("INTERCEPTOR_HOME", home.toString(), "NO_COLOR", "1");
  }

  private List<Path> spooledFiles() throws Exception {
    Path spool = home.resolve("spool");
    if (!Files.exists(spool)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(spool)) {
      return files.toList();
    }
  }

  /** A capture "big" whose body, given as {@code form}, is the filler and then {@code tail}. */
  private static byte[] captureFrame(String form, byte[] filler, String tail) {
    String head =
        "{\"type\":\"capture\",\"id\":\"big\",\"time\":1718009011123.5,"
            + "\"url\":\"https://api.test/upload\",\"method\":\"POST\",\"body\":{\""
            + form
            + "\":\"";
    ByteArrayOutputStream out = new ByteArrayOutputStream(filler.length + 200);
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(filler);
    out.writeBytes((tail + "\"}}").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String classPath() {
    return System.getProperty("java.class.path");
  }
}

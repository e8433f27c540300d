package dev.interceptor.adapter.nativemessaging;

import static dev.interceptor.adapter.nativemessaging.FrameReaderTest.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interceptor.adapter.nativemessaging.Inbound.BodyMessage;
import dev.interceptor.core.model.capture.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A frame from the spool threshold on is copied to a file and read from there: its body is made as
 * a stream from the file, with the bytes Jackson reads from the same frame, and the file is gone
 * once the frame is released or refused.
 */
class SpooledFrameTest {

  private static final ObjectMapper JSON = WireJson.mapper();
  private static final int SPOOLED_FROM = 64;

  @TempDir Path data;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "quote \\\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t end",
        "escaped \\u0041\\u00e9\\u20ac\\u0000 raw caf\u00e9 \uD83D\uDE00 \\uD83D\\uDE00",
        "lone surrogate \\ud800 is left to the parser",
      })
  void textBody_spooledFrame_isStreamedFromTheFileAsJacksonReadsIt(String escaped)
      throws Exception {
    String filler = "x".repeat(70_000);
    byte[] payload =
        ("{\"type\":\"capture\",\"body\":{\"text\":\"" + escaped + filler + escaped + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    byte[] expected =
        JSON.readTree(payload).path("body").path("text").asText().getBytes(StandardCharsets.UTF_8);

    InboundFrame frame = read(payload);
    BodyMessage body = body(frame);

    boolean streamed = !escaped.contains("\\ud800");
    assertThat(frame.bytes()).isInstanceOf(FrameBytes.Spooled.class);
    assertThat(body.text().inSpool()).isTrue();
    RequestBody.Text text = body.text().body();
    assertThat(text.source().isPresent()).isEqualTo(streamed);
    assertThat(body.text().inSpool()).isEqualTo(streamed);
    if (streamed) {
      assertThat(text.utf8Length()).isEqualTo(expected.length);
      try (InputStream in = text.source().get().open()) {
        assertThat(in.readAllBytes()).isEqualTo(expected);
      }
    }
    assertThat(text.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);

    frame.bytes().release();
    assertThat(spooledFiles()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "AP8QgA==",
        "AP8QgA",
        "\\/\\/\\/\\/CsOp",
        "QQ=",
        "QQ==QQ",
        "AP-_",
        "A P8=",
        "A"
      })
  void base64Body_spooledFrame_decodesAsTheBasicDecoderDoes(String escaped) throws Exception {
    String filler = "AAAA".repeat(20_000);
    byte[] payload =
        ("{\"type\":\"capture\",\"body\":{\"base64\":\"" + filler + escaped + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String parsed = JSON.readTree(payload).path("body").path("base64").asText();

    InboundFrame frame = read(payload);
    BodyMessage body = body(frame);

    assertThat(body.base64().inSpool()).isTrue();
    assertThat(outcome(() -> streamedBytes(body.base64().base64Body())))
        .as("'%s' after %d filler characters", escaped, filler.length())
        .isEqualTo(outcome(() -> Base64.getDecoder().decode(parsed)));
    frame.bytes().release();
    assertThat(spooledFiles()).isEmpty();
  }

  @Test
  void readFrame_smallFrame_staysInMemoryAndSpoolsNothing() throws Exception {
    InboundFrame frame = read("{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(frame.bytes()).isInstanceOf(FrameBytes.InMemory.class);
    assertThat(frame.type()).isEqualTo("ping");
    assertThat(Files.exists(FrameSpool.in(data).directory())).isFalse();
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
  void readFrame_largeFrame_spoolsToAnOwnerOnlyFileInAnOwnerOnlyFolder() throws Exception {
    InboundFrame frame = read(("{\"id\":\"" + "y".repeat(100) + "\"}").getBytes());

    Path file = ((FrameBytes.Spooled) frame.bytes()).file();
    assertThat(file.getParent()).isEqualTo(data.resolve("spool"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    frame.bytes().release();
  }

  @Test
  void readFrame_truncatedLargeFrame_isTruncatedAndLeavesNoFile() throws Exception {
    byte[] whole = frame("{\"id\":\"" + "y".repeat(100) + "\"}");
    FrameReader reader = reader(Arrays.copyOf(whole, whole.length - 10));

    FrameException e = catchThrowableOfType(FrameException.class, reader::readFrame);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.TRUNCATED);
    assertThat(e.getMessage()).isEqualTo("input ended inside a frame (99 of 109 bytes)");
    assertThat(spooledFiles()).isEmpty();
  }

  @Test
  void readFrame_largeFrameWithInvalidUtf8_namesItsIdAndLeavesNoFile() throws Exception {
    byte[] payload = ("{\"id\":\"m-1\",\"text\":\"" + "y".repeat(100) + "?\"}").getBytes();
    payload[payload.length - 3] = (byte) 0xC3;
    FrameReader reader = reader(frame(payload));

    FrameException e = catchThrowableOfType(FrameException.class, reader::readFrame);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.INVALID_UTF8);
    assertThat(e.getMessage()).isEqualTo("frame of 123 bytes is not valid UTF-8");
    assertThat(e.messageId()).contains("m-1");
    assertThat(spooledFiles()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\":\"m-1\",\"text\":\"%s\"", "[\"%s\"]", "{\"a\":\"%s\"} 7"})
  void readFrame_largeFrameNotOneObject_isMalformedAndLeavesNoFile(String json) throws Exception {
    FrameReader reader = reader(frame(String.format(json, "y".repeat(100))));

    FrameException e = catchThrowableOfType(FrameException.class, reader::readFrame);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.MALFORMED_JSON);
    assertThat(spooledFiles()).isEmpty();
  }

  @Test
  void readFrame_spoolThatCannotBeWritten_failsNamingTheFolderAndWhatToDo() throws Exception {
    Files.writeString(data.resolve("spool"), "a file where the folder should be");
    FrameReader reader = reader(frame("{\"id\":\"" + "y".repeat(100) + "\"}"));

    java.io.IOException e = catchThrowableOfType(java.io.IOException.class, reader::readFrame);

    assertThat(e).isNotInstanceOf(FrameException.class);
    assertThat(e.getMessage())
        .startsWith("cannot copy a frame of 109 bytes to " + data.resolve("spool"))
        .endsWith("free some disk space or check that folder's permissions");
  }

  @Test
  void removeLeftovers_filesOfEndedHosts_areRemovedAndThoseOfRunningOnesKept() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path spool = Files.createDirectories(FrameSpool.in(data).directory());
    Path gone = Files.createFile(spool.resolve(ended.pid() + "-1.frame"));
    Path mine = Files.createFile(spool.resolve(ProcessHandle.current().pid() + "-2.frame"));
    Path unnamed = Files.createFile(spool.resolve("notes.frame"));
    Path other = Files.createFile(spool.resolve("readme.txt"));

    int removed = FrameSpool.in(data).removeLeftovers();

    assertThat(removed).isEqualTo(2);
    assertThat(gone).doesNotExist();
    assertThat(unnamed).doesNotExist();
    assertThat(mine).exists();
    assertThat(other).exists();
  }

  @Test
  void removeLeftovers_noSpoolFolder_removesNothingAndCreatesNothing() {
    assertThat(FrameSpool.in(data).removeLeftovers()).isZero();
    assertThat(FrameSpool.in(data).directory()).doesNotExist();
  }

  private InboundFrame read(byte[] payload) throws Exception {
    return reader(frame(payload)).readFrame().orElseThrow();
  }

  private FrameReader reader(byte[] input) {
    return new FrameReader(
        new ByteArrayInputStream(input),
        FrameReader.BROWSER_TO_HOST_LIMIT,
        FrameSpool.in(data),
        SPOOLED_FROM);
  }

  /** The body as the host reads it: the spooled frame given to the deserializer. */
  private static BodyMessage body(InboundFrame frame) throws Exception {
    Inbound.CaptureMessage capture =
        frame
            .bytes()
            .read(
                JSON.readerFor(Inbound.CaptureMessage.class)
                    .withAttribute(WireTextDeserializer.PAYLOAD, frame.bytes()));
    return capture.body();
  }

  private static byte[] streamedBytes(RequestBody.Bytes body) throws Exception {
    assertThat(body.source()).isPresent();
    try (InputStream in = body.source().get().open()) {
      byte[] all = in.readAllBytes();
      assertThat(all).hasSize(body.length());
      return all;
    }
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

  /** The decoded bytes in hex, or the word "refused" when the decoder refuses the text. */
  private static String outcome(Callable<byte[]> decode) throws Exception {
    try {
      return HexFormat.of().formatHex(decode.call());
    } catch (IllegalArgumentException e) {
      return "refused";
    }
  }
}

package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameReaderTest {

  private static final int LIMIT = FrameReader.BROWSER_TO_HOST_LIMIT;

  @Test
  void readMessage_frameInThreeWritesWithPauses_assemblesOneMessage() throws Exception {
    // C05: [0E], [00 00 00 7B 22], then the remaining 12 bytes, 200 ms apart.
    Pipe pipe = Pipe.open();
    byte[] frame = frame("{\"cmd\":\"ping\"}");
    OutputStream writer = Channels.newOutputStream(pipe.sink());
    Thread slow =
        new Thread(
            () -> {
              try {
                writer.write(Arrays.copyOfRange(frame, 0, 1));
                Thread.sleep(200);
                writer.write(Arrays.copyOfRange(frame, 1, 6));
                Thread.sleep(200);
                writer.write(Arrays.copyOfRange(frame, 6, frame.length));
                writer.close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    slow.start();
    FrameReader reader = new FrameReader(Channels.newInputStream(pipe.source()), LIMIT);

    Optional<ObjectNode> message = reader.readMessage();

    assertThat(frame).hasSize(18);
    assertThat(message).isPresent();
    assertThat(message.get().path("cmd").asText()).isEqualTo("ping");
    assertThat(reader.readMessage()).isEmpty();
  }

  @Test
  void readMessage_oneByteAtATime_readsEveryFrame() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(frame("{\"a\":1}"));
    out.write(frame("{\"a\":2}"));
    FrameReader reader = new FrameReader(oneByteReads(out.toByteArray()), LIMIT);

    assertThat(reader.readMessage().orElseThrow().path("a").asInt()).isEqualTo(1);
    assertThat(reader.readMessage().orElseThrow().path("a").asInt()).isEqualTo(2);
    assertThat(reader.readMessage()).isEmpty();
  }

  @Test
  void readPayload_asciiTextAsLength_reportsOversizedWithoutAllocating() {
    // C01: "data" read as a little-endian length is 1635017060.
    byte[] leaked = "data: {\"x\":1}\n".getBytes(StandardCharsets.US_ASCII);
    FrameReader reader = new FrameReader(new ByteArrayInputStream(leaked), LIMIT);

    FrameException e = catchThrowableOfType(FrameException.class, reader::readPayload);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.OVERSIZED);
    assertThat(e.getMessage()).isEqualTo("frame length 1635017060 exceeds limit 67108864");
    assertThat(e.recoverable()).isTrue();
  }

  @Test
  void readPayload_garbageLengthThenEof_oversizedThenTruncated() {
    // C06 C: FF FF FF 7F, ten bytes, end of input.
    byte[] input = new byte[14];
    input[0] = (byte) 0xFF;
    input[1] = (byte) 0xFF;
    input[2] = (byte) 0xFF;
    input[3] = (byte) 0x7F;
    FrameReader reader = new FrameReader(new ByteArrayInputStream(input), LIMIT);

    FrameException first = catchThrowableOfType(FrameException.class, reader::readPayload);
    FrameException second = catchThrowableOfType(FrameException.class, reader::readPayload);

    assertThat(first.kind()).isEqualTo(FrameException.Kind.OVERSIZED);
    assertThat(first.getMessage()).contains("2147483647");
    assertThat(second.kind()).isEqualTo(FrameException.Kind.TRUNCATED);
    assertThat(second.recoverable()).isFalse();
  }

  @Test
  void readPayload_exactlyAtLimit_isRead() throws Exception {
    byte[] payload = new byte[LIMIT];
    FrameReader reader = new FrameReader(new ByteArrayInputStream(frame(payload)), LIMIT);

    assertThat(reader.readPayload().orElseThrow()).hasSize(LIMIT);
  }

  @Test
  void readPayload_oneByteOverLimit_isSkippedAndNextFrameRead() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(frame(new byte[LIMIT + 1]));
    out.write(frame("{\"after\":true}"));
    FrameReader reader = new FrameReader(new ByteArrayInputStream(out.toByteArray()), LIMIT);

    FrameException e = catchThrowableOfType(FrameException.class, reader::readPayload);
    Optional<ObjectNode> next = reader.readMessage();

    assertThat(e.kind()).isEqualTo(FrameException.Kind.OVERSIZED);
    assertThat(e.getMessage()).contains("67108865");
    assertThat(next.orElseThrow().path("after").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void readPayload_eofInsidePrefix_isTruncated(int prefixBytes) {
    FrameReader reader = new FrameReader(new ByteArrayInputStream(new byte[prefixBytes]), LIMIT);

    FrameException e = catchThrowableOfType(FrameException.class, reader::readPayload);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.TRUNCATED);
  }

  @Test
  void readPayload_eofInsidePayload_isTruncated() {
    byte[] whole = frame("{\"type\":\"ping\"}");
    byte[] cut = Arrays.copyOf(whole, whole.length - 3);
    FrameReader reader = new FrameReader(new ByteArrayInputStream(cut), LIMIT);

    FrameException e = catchThrowableOfType(FrameException.class, reader::readPayload);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.TRUNCATED);
    assertThat(e.getMessage()).contains("12 of 15");
  }

  @Test
  void readMessage_invalidUtf8InUrl_reportsInvalidUtf8WithIdAndContinues() throws Exception {
    byte[] bad =
        concat(
            "{\"type\":\"capture\",\"id\":\"c1\",\"url\":\"https://x.test/"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28},
            "\"}".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(frame(bad));
    out.write(frame("{\"ok\":1}"));
    FrameReader reader = new FrameReader(new ByteArrayInputStream(out.toByteArray()), LIMIT);

    FrameException e = catchThrowableOfType(FrameException.class, reader::readMessage);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.INVALID_UTF8);
    assertThat(e.messageId()).contains("c1");
    assertThat(reader.readMessage().orElseThrow().path("ok").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"type\":", "[1,2]", "\"text\"", "{} {}", "not json"})
  void readMessage_notOneJsonObject_isMalformedJson(String text) {
    FrameReader reader = new FrameReader(new ByteArrayInputStream(frame(text)), LIMIT);

    FrameException e = catchThrowableOfType(FrameException.class, reader::readMessage);

    assertThat(e.kind()).isEqualTo(FrameException.Kind.MALFORMED_JSON);
    assertThat(e.getMessage()).doesNotContain(text);
  }

  @Test
  void readMessage_emojiAndNonBmp_decodedExactly() throws Exception {
    String text = "{\"v\":\"caf\u00e9 \uD83D\uDE00 \uD801\uDC37\"}";
    FrameReader reader = new FrameReader(new ByteArrayInputStream(frame(text)), LIMIT);

    assertThat(reader.readMessage().orElseThrow().path("v").asText())
        .isEqualTo("caf\u00e9 \uD83D\uDE00 \uD801\uDC37");
  }

  static byte[] frame(String json) {
    return frame(json.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] frame(byte[] payload) {
    byte[] out = new byte[payload.length + 4];
    out[0] = (byte) payload.length;
    out[1] = (byte) (payload.length >>> 8);
    out[2] = (byte) (payload.length >>> 16);
    out[3] = (byte) (payload.length >>> 24);
    System.arraycopy(payload, 0, out, 4, payload.length);
    return out;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static InputStream oneByteReads(byte[] data) {
    ByteArrayInputStream in = new ByteArrayInputStream(data);
    return new InputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return len == 0 ? 0 : in.read(b, off, 1);
      }
    };
  }
}

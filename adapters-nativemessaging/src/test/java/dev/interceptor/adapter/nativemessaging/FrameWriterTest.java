package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameWriterTest {

  // C03: the prefix is four bytes, built as bytes, whatever the length.
  @ParameterizedTest
  @CsvSource({
    "127, 7F 00 00 00",
    "128, 80 00 00 00",
    "255, FF 00 00 00",
    "256, 00 01 00 00",
    "2269, DD 08 00 00",
    "65535, FF FF 00 00",
    "65536, 00 00 01 00"
  })
  void write_payloadOfLength_prefixIsFourLittleEndianBytes(int length, String prefixHex)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] payload = new byte[length];
    Arrays.fill(payload, (byte) 'a');

    new FrameWriter(out, FrameWriter.HOST_TO_BROWSER_LIMIT).write(payload);

    byte[] written = out.toByteArray();
    assertThat(ByteOrder.nativeOrder()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
    assertThat(written).hasSize(length + 4);
    assertThat(hex(Arrays.copyOf(written, 4))).isEqualTo(prefixHex);
    assertThat(Arrays.copyOfRange(written, 4, written.length)).isEqualTo(payload);
  }

  @Test
  void write_nonAsciiPayload_prefixCountsBytesNotCharacters() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] payload =
        "{\"u\":\"\u00dd\uD83D\uDE00\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    new FrameWriter(out, FrameWriter.HOST_TO_BROWSER_LIMIT).write(payload);

    assertThat(out.toByteArray()[0]).isEqualTo((byte) payload.length);
    assertThat(payload).hasSize(14);
  }

  @Test
  void write_exactlyOneMebibyte_isWritten() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new FrameWriter(out, FrameWriter.HOST_TO_BROWSER_LIMIT).write(new byte[1_048_576]);

    assertThat(out.size()).isEqualTo(1_048_580);
    assertThat(hex(Arrays.copyOf(out.toByteArray(), 4))).isEqualTo("00 00 10 00");
  }

  @Test
  void write_oneByteOverOneMebibyte_isRefusedAndNothingWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FrameWriter writer = new FrameWriter(out, FrameWriter.HOST_TO_BROWSER_LIMIT);

    assertThatThrownBy(() -> writer.write(new byte[1_048_577]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1048577");
    assertThat(out.size()).isZero();
  }

  static String hex(byte[] bytes) {
    StringBuilder s = new StringBuilder();
    for (byte b : bytes) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(String.format("%02X", b & 0xFF));
    }
    return s.toString();
  }
}

package dev.interceptor.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.port.out.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderCodecTest {

  static Stream<List<HttpHeader>> headerLists() {
    return Stream.of(
        List.of(),
        List.of(new HttpHeader("Accept", "*/*")),
        List.of(new HttpHeader("X-Empty", ""), new HttpHeader("X-Empty", "")),
        List.of(new HttpHeader("12:3", "4:5:"), new HttpHeader("a", "line\nbreak\0nul")),
        List.of(new HttpHeader("X-Ünïcode", "✓ \uD83D\uDE00")));
  }

  @ParameterizedTest
  @MethodSource("headerLists")
  void decode_encoded_givesTheSameHeadersInOrder(List<HttpHeader> headers) {
    byte[] encoded = HeaderCodec.encode(headers);

    assertThat(HeaderCodec.decode(encoded)).isEqualTo(headers);
  }

  @Test
  void encode_headers_lengthsInUtf8BytesBeforeEachNameAndValue() {
    byte[] encoded = HeaderCodec.encode(List.of(new HttpHeader("Ü", "ab")));

    assertThat(new String(encoded, StandardCharsets.UTF_8)).isEqualTo("2:Ü2:ab");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3:abc", "x:a1:b", "5:abc1:d", "3abc1:d", "99999999999:a"})
  void decode_damagedValue_failsNamingTheByte(String damaged) {
    assertThatThrownBy(() -> HeaderCodec.decode(damaged.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("damaged at byte");
  }
}

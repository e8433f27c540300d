package dev.interceptor.adapter.nativemessaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySizeTest {

  @ParameterizedTest
  @ValueSource(ints = {10, 70_000})
  void of_textBelowAndAboveEncodingSize_isTheEncodedLength(int repeat) {
    RequestBody body = new RequestBody.Text("\u00e9\uD83D\uDE00a".repeat(repeat));

    assertThat(BodySize.of(body)).isEqualTo(RequestBody.toBytes(body).length);
  }

  @Test
  void of_textHeldAsUtf8_isTheLengthOfItsBytes() {
    byte[] frame = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(BodySize.of(RequestBody.Text.ofUtf8(frame, 9, 14))).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3})
  void of_bytesAndForms_isTheEncodedLength(int count) {
    RequestBody bytes = new RequestBody.Bytes(new byte[count]);
    RequestBody form = new RequestBody.Form(List.of(new FormField("q", "a b".repeat(count))));

    assertThat(BodySize.of(bytes)).isEqualTo(count);
    assertThat(BodySize.of(form)).isEqualTo(RequestBody.toBytes(form).length);
  }
}

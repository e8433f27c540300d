package dev.interceptor.core.model.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodyTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "caf\u00e9",
        "\u20ac\u4e2d",
        "\uD83D\uDE00 ok",
        "lone \uD800 x",
        "\uDC00"
      })
  void utf8Length_anyText_isTheLengthOfItsUtf8Bytes(String text) {
    RequestBody.Text body = new RequestBody.Text(text);

    assertThat(body.utf8Length()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    assertThat(bytes(body.utf8())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "caf\u00e9", "\u20ac\u4e2d", "\uD83D\uDE00 ok"})
  void ofUtf8_sliceOfABuffer_isTheSameTextAsItsString(String text) {
    byte[] buffer = ("[\"" + text + "\"]").getBytes(StandardCharsets.UTF_8);
    int end = buffer.length - 2;

    RequestBody.Text held = RequestBody.Text.ofUtf8(buffer, 2, end);

    RequestBody.Text plain = new RequestBody.Text(text);
    assertThat(held.heldAsUtf8()).isTrue();
    assertThat(held.text()).isEqualTo(text);
    assertThat(held).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(plain).isEqualTo(held);
    assertThat(held.utf8Length()).isEqualTo(end - 2);
    assertThat(RequestBody.toBytes(held)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void utf8_ofTextHeldAsUtf8_isAReadOnlyViewOfTheBufferNotACopy() {
    byte[] buffer = "xxabcxx".getBytes(StandardCharsets.UTF_8);
    RequestBody.Text held = RequestBody.Text.ofUtf8(buffer, 2, 5);

    ByteBuffer view = held.utf8();

    assertThat(view.remaining()).isEqualTo(3);
    assertThat(view.get(0)).isEqualTo((byte) 'a');
    assertThatThrownBy(() -> view.put(0, (byte) 'z')).isInstanceOf(ReadOnlyBufferException.class);
    buffer[2] = 'z';
    assertThat(view.get(0)).isEqualTo((byte) 'z');
  }

  @Test
  void ofUtf8_rangeOutsideTheBuffer_isRefused() {
    assertThatThrownBy(() -> RequestBody.Text.ofUtf8(new byte[3], 1, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void equals_differentTexts_areNotEqual() {
    byte[] buffer = "abcd".getBytes(StandardCharsets.UTF_8);

    assertThat(RequestBody.Text.ofUtf8(buffer, 0, 2))
        .isNotEqualTo(RequestBody.Text.ofUtf8(buffer, 2, 4))
        .isNotEqualTo(new RequestBody.Text("abc"))
        .isEqualTo(new RequestBody.Text("ab"));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] copy = new byte[buffer.remaining()];
    buffer.get(copy);
    return copy;
  }
}

package dev.interceptor.core.model.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import org.junit.jupiter.api.Test;

class RequestBodyBytesTest {

  @Test
  void constructor_copiesInAndDataCopiesOut() {
    byte[] given = {1, 2, 3};
    RequestBody.Bytes body = new RequestBody.Bytes(given);

    given[0] = 9;
    body.data()[1] = 9;

    assertThat(body.data()).containsExactly(1, 2, 3);
  }

  @Test
  void held_sliceOfABuffer_isKeptNotCopiedAndEqualsTheSameBytes() {
    byte[] buffer = {7, 1, 2, 3, 7};

    RequestBody.Bytes held = RequestBody.Bytes.held(buffer, 1, 4);

    RequestBody.Bytes copied = new RequestBody.Bytes(new byte[] {1, 2, 3});
    assertThat(held.length()).isEqualTo(3);
    assertThat(held.data()).containsExactly(1, 2, 3);
    assertThat(held).isEqualTo(copied).hasSameHashCodeAs(copied);
    assertThat(held).isNotEqualTo(RequestBody.Bytes.held(buffer, 0, 3));
    buffer[1] = 5;
    assertThat(held.view().get(0)).isEqualTo((byte) 5);
  }

  @Test
  void view_isReadOnlyAndCoversOnlyTheSlice() {
    ByteBuffer view = RequestBody.Bytes.held(new byte[] {7, 1, 2, 7}, 1, 3).view();

    assertThat(view.remaining()).isEqualTo(2);
    assertThat(view.get(0)).isEqualTo((byte) 1);
    assertThatThrownBy(() -> view.put(0, (byte) 0)).isInstanceOf(ReadOnlyBufferException.class);
  }

  @Test
  void held_rangeOutsideTheBuffer_isRefused() {
    assertThatThrownBy(() -> RequestBody.Bytes.held(new byte[2], 1, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}

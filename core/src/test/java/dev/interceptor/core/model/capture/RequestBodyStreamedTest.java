package dev.interceptor.core.model.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodyStreamedTest {

  /** Bytes in memory standing in for a file; counts how often they are opened. */
  private static final class CountedSource implements BodySource {

    private final byte[] bytes;
    private final long declared;
    private int opened;

    CountedSource(byte[] bytes, long declared) {
      this.bytes = bytes;
      this.declared = declared;
    }

    @Override
    public long length() {
      return declared;
    }

    @Override
    public InputStream open() {
      opened++;
      return new ByteArrayInputStream(bytes);
    }
  }

  @Test
  void streamedText_isTheTextOfItsSourceAndOpensItOnlyWhenRead() throws Exception {
    byte[] utf8 = "caf\u00e9 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
    CountedSource source = new CountedSource(utf8, utf8.length);

    RequestBody.Text body = RequestBody.Text.streamed(source);

    assertThat(body.utf8Length()).isEqualTo(utf8.length);
    assertThat(body.heldAsUtf8()).isTrue();
    assertThat(body.source()).containsSame(source);
    assertThat(source.opened).isZero();
    assertThat(body.text()).isEqualTo("caf\u00e9 \uD83D\uDE00");
    assertThat(RequestBody.toBytes(body)).isEqualTo(utf8);
    assertThat(body).isEqualTo(new RequestBody.Text("caf\u00e9 \uD83D\uDE00"));
    try (OpenedBody opened = OpenedBody.of(body).orElseThrow()) {
      assertThat(opened.kind()).isEqualTo(OpenedBody.Kind.TEXT);
      assertThat(opened.readAllBytes()).isEqualTo(utf8);
    }
  }

  @Test
  void streamedBytes_areTheBytesOfItsSource() throws Exception {
    byte[] raw = {0, -1, 16, -128};
    CountedSource source = new CountedSource(raw, raw.length);

    RequestBody.Bytes body = RequestBody.Bytes.streamed(source);

    assertThat(body.length()).isEqualTo(4);
    assertThat(body.source()).containsSame(source);
    assertThat(source.opened).isZero();
    assertThat(body.data()).containsExactly(0, -1, 16, -128);
    assertThat(body)
        .isEqualTo(new RequestBody.Bytes(raw))
        .hasSameHashCodeAs(new RequestBody.Bytes(raw));
    assertThat(new RequestBody.Bytes(raw)).isEqualTo(body);
    try (OpenedBody opened = OpenedBody.of(body).orElseThrow()) {
      assertThat(opened.kind()).isEqualTo(OpenedBody.Kind.BYTES);
      assertThat(opened.readAllBytes()).isEqualTo(raw);
    }
  }

  @Test
  void readAll_sourceShorterOrLongerThanDeclared_isRefused() {
    byte[] raw = {1, 2, 3};

    assertThatThrownBy(() -> RequestBody.Bytes.streamed(new CountedSource(raw, 4)).data())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RequestBody.Bytes.streamed(new CountedSource(raw, 2)).data())
        .isInstanceOf(IllegalStateException.class);
  }
}

package dev.interceptor.core.model.capture;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A stored request body opened as a stream of bytes, so that a large body can be copied out without
 * being held whole in memory. The bytes are UTF-8 for a {@link Kind#TEXT} body, the bytes as sent
 * for {@link Kind#BYTES}, and the URL-encoded fields for a {@link Kind#FORM}. The caller closes it;
 * it is for one thread.
 */
public final class OpenedBody extends FilterInputStream {

  /** Which {@link RequestBody} the bytes come from. */
  public enum Kind {
    TEXT,
    BYTES,
    FORM
  }

  private final Kind kind;

  public OpenedBody(Kind kind, InputStream bytes) {
    super(bytes);
    this.kind = kind;
  }

  /**
   * The body of a request already in memory, opened the same way; empty for {@link
   * RequestBody.None}. Text that is not valid Unicode (a lone surrogate) has its bad characters
   * replaced by {@code ?}, as UTF-8 has no form for them.
   */
  public static Optional<OpenedBody> of(RequestBody body) {
    if (body instanceof RequestBody.Text text) {
      return Optional.of(
          text.source().isPresent()
              ? streamed(Kind.TEXT, text.source().get())
              : bytes(Kind.TEXT, RequestBody.toBytes(text)));
    }
    if (body instanceof RequestBody.Bytes binary) {
      return Optional.of(
          binary.source().isPresent()
              ? streamed(Kind.BYTES, binary.source().get())
              : bytes(Kind.BYTES, binary.data()));
    }
    if (body instanceof RequestBody.Form form) {
      byte[] encoded = FormEncoding.encode(form.fields()).getBytes(StandardCharsets.UTF_8);
      return Optional.of(bytes(Kind.FORM, encoded));
    }
    return Optional.empty();
  }

  private static OpenedBody streamed(Kind kind, BodySource source) {
    try {
      return new OpenedBody(kind, source.open());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a body kept outside memory", e);
    }
  }

  private static OpenedBody bytes(Kind kind, byte[] data) {
    return new OpenedBody(kind, new ByteArrayInputStream(data));
  }

  public Kind kind() {
    return kind;
  }
}

package dev.interceptor.adapter.storage;

import com.google.common.base.Utf8;
import dev.interceptor.core.model.capture.BodySource;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Request bodies as stored bytes plus a kind, such that every {@link RequestBody} reads back equal
 * to what was written.
 */
final class BodyCodec {

  static final String TEXT = "text";
  static final String UTF16 = "utf16";
  static final String BYTES = "bytes";
  static final String FORM = "form";

  /** A body ready for the {@code capture_body} table; {@code data} is read from its position. */
  record StoredBody(String kind, ByteBuffer data) {

    /** The bytes as one array: the buffer's own when it is exactly that, else a copy. */
    byte[] bytes() {
      ByteBuffer view = data.duplicate();
      if (view.hasArray()
          && view.arrayOffset() == 0
          && view.position() == 0
          && view.remaining() == view.array().length) {
        return view.array();
      }
      byte[] copy = new byte[view.remaining()];
      view.get(copy);
      return copy;
    }
  }

  /** A body read from a {@link BodySource}, written to the store as it streams. */
  record StreamedBody(String kind, BodySource source) {}

  private BodyCodec() {}

  /**
   * The stored form of a body kept outside memory ({@link RequestBody.Text#streamed} or {@link
   * RequestBody.Bytes#streamed}), or empty for any other body, which {@link #encode} takes.
   */
  static Optional<StreamedBody> streamed(RequestBody body) {
    if (body instanceof RequestBody.Text text && text.source().isPresent()) {
      return Optional.of(new StreamedBody(TEXT, text.source().get()));
    }
    if (body instanceof RequestBody.Bytes bytes && bytes.source().isPresent()) {
      return Optional.of(new StreamedBody(BYTES, bytes.source().get()));
    }
    return Optional.empty();
  }

  /** The stored form, or null for {@link RequestBody.None} (which has no row). */
  static @org.jspecify.annotations.Nullable StoredBody encode(RequestBody body) {
    if (body instanceof RequestBody.Text) {
      RequestBody.Text held = (RequestBody.Text) body;
      // Text read from a large message is already well-formed UTF-8: stored from those bytes.
      if (held.heldAsUtf8()) {
        return new StoredBody(TEXT, held.utf8());
      }
      String text = held.text();
      // Text holding a lone surrogate has no UTF-8 form; keep its UTF-16 code units as they are.
      // Checked on the text itself: a body may be tens of MiB, and decoding the encoded bytes
      // again to compare would hold one more copy of it.
      return wellFormed(text)
          ? new StoredBody(TEXT, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))
          : new StoredBody(UTF16, ByteBuffer.wrap(codeUnits(text)));
    }
    if (body instanceof RequestBody.Bytes) {
      return new StoredBody(BYTES, ((RequestBody.Bytes) body).view());
    }
    if (body instanceof RequestBody.Form) {
      List<FormField> fields = ((RequestBody.Form) body).fields();
      byte[] encoded = FormEncoding.encode(fields).getBytes(StandardCharsets.UTF_8);
      return new StoredBody(FORM, ByteBuffer.wrap(encoded));
    }
    return null;
  }

  /** The body back from its kind, bytes and (for a form) its fields in order. */
  static RequestBody decode(String kind, byte[] data, List<FormField> fields) {
    switch (kind) {
      case TEXT:
        return new RequestBody.Text(new String(data, StandardCharsets.UTF_8));
      case UTF16:
        return new RequestBody.Text(ByteBuffer.wrap(data).asCharBuffer().toString());
      case BYTES:
        return new RequestBody.Bytes(data);
      case FORM:
        return new RequestBody.Form(fields);
      default:
        throw new IllegalStateException("unknown stored body kind '" + kind + "'");
    }
  }

  private static boolean wellFormed(String text) {
    try {
      Utf8.encodedLength(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] codeUnits(String text) {
    ByteBuffer buffer = ByteBuffer.allocate(text.length() * 2);
    buffer.asCharBuffer().put(text);
    return buffer.array();
  }
}

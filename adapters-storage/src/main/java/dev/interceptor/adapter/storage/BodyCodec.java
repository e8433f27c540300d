package dev.interceptor.adapter.storage;

import com.google.common.base.Utf8;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.RequestBody;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Request bodies as stored bytes plus a kind, such that every {@link RequestBody} reads back equal
 * to what was written.
 */
final class BodyCodec {

  static final String TEXT = "text";
  static final String UTF16 = "utf16";
  static final String BYTES = "bytes";
  static final String FORM = "form";

  /** A body ready for the {@code capture_body} table. */
  record StoredBody(String kind, byte[] data) {}

  private BodyCodec() {}

  /** The stored form, or null for {@link RequestBody.None} (which has no row). */
  static @org.jspecify.annotations.Nullable StoredBody encode(RequestBody body) {
    if (body instanceof RequestBody.Text) {
      String text = ((RequestBody.Text) body).text();
      // Text holding a lone surrogate has no UTF-8 form; keep its UTF-16 code units as they are.
      // Checked on the text itself: a body may be tens of MiB, and decoding the encoded bytes
      // again to compare would hold one more copy of it.
      return wellFormed(text)
          ? new StoredBody(TEXT, text.getBytes(StandardCharsets.UTF_8))
          : new StoredBody(UTF16, codeUnits(text));
    }
    if (body instanceof RequestBody.Bytes) {
      return new StoredBody(BYTES, ((RequestBody.Bytes) body).data());
    }
    if (body instanceof RequestBody.Form) {
      List<FormField> fields = ((RequestBody.Form) body).fields();
      return new StoredBody(FORM, FormEncoding.encode(fields).getBytes(StandardCharsets.UTF_8));
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

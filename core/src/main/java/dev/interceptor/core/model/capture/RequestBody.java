package dev.interceptor.core.model.capture;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A captured request body, in the form the browser exposed it.
 *
 * <p>{@link Text} holds a body the browser gave as text, {@link Bytes} raw bytes, {@link Form}
 * fields the browser decoded from a form (it gives no raw bytes then), and {@link None} no body.
 */
public sealed interface RequestBody {

  /** No body was sent (or the browser exposed none). */
  record None() implements RequestBody {}

  /** A body given as text. */
  record Text(String text) implements RequestBody {}

  /** A body given as raw bytes; the array is copied in and out. */
  record Bytes(byte[] data) implements RequestBody {

    public Bytes {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    public int length() {
      return data.length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Bytes[" + data.length + " bytes]";
    }
  }

  /** Form fields decoded by the browser; file parts it did not expose are absent. */
  record Form(List<FormField> fields) implements RequestBody {

    public Form {
      fields = List.copyOf(fields);
    }
  }

  RequestBody NONE = new None();

  /** The body as bytes: text in UTF-8, form fields URL-encoded, raw bytes as they are. */
  static byte[] toBytes(RequestBody body) {
    if (body instanceof Text t) {
      return t.text().getBytes(StandardCharsets.UTF_8);
    }
    if (body instanceof Bytes b) {
      return b.data();
    }
    if (body instanceof Form f) {
      return FormEncoding.encode(f.fields()).getBytes(StandardCharsets.UTF_8);
    }
    return new byte[0];
  }
}

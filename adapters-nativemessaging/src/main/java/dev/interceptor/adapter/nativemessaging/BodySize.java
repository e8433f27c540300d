package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.model.capture.RequestBody;
import java.nio.charset.StandardCharsets;

/**
 * The size in bytes of a body as {@link RequestBody#toBytes} would encode it, counted without
 * encoding it: a capture's body may be tens of megabytes, and a copy only to learn its length would
 * double the memory it takes.
 */
final class BodySize {

  /** Below this many characters encoding is cheaper than counting, and the copy is small. */
  private static final int ENCODE_BELOW = 64 * 1024;

  private BodySize() {}

  static long of(RequestBody body) {
    if (body instanceof RequestBody.Text) {
      String text = ((RequestBody.Text) body).text();
      return text.length() < ENCODE_BELOW
          ? text.getBytes(StandardCharsets.UTF_8).length
          : utf8Length(text);
    }
    if (body instanceof RequestBody.Bytes) {
      return ((RequestBody.Bytes) body).data().length;
    }
    // Forms are small and their encoding has its own rules: encode them.
    return RequestBody.toBytes(body).length;
  }

  /** UTF-8 length as String.getBytes counts it: a lone surrogate becomes one '?' byte. */
  static long utf8Length(String text) {
    long length = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += 1;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        length += 1;
      } else {
        length += 3;
      }
    }
    return length;
  }
}

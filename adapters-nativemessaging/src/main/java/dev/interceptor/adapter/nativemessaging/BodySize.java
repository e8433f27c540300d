package dev.interceptor.adapter.nativemessaging;

import dev.interceptor.core.model.capture.RequestBody;

/**
 * The size in bytes of a body as {@link RequestBody#toBytes} would encode it, counted without
 * encoding it: a capture's body may be tens of megabytes, and a copy only to learn its length would
 * double the memory it takes.
 */
final class BodySize {

  private BodySize() {}

  static long of(RequestBody body) {
    if (body instanceof RequestBody.Text) {
      return ((RequestBody.Text) body).utf8Length();
    }
    if (body instanceof RequestBody.Bytes) {
      return ((RequestBody.Bytes) body).length();
    }
    // Forms are small and their encoding has its own rules: encode them.
    return RequestBody.toBytes(body).length;
  }
}

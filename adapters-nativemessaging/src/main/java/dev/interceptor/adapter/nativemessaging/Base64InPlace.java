package dev.interceptor.adapter.nativemessaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

/**
 * Decodes base64 inside the array that holds it, so that a large binary body needs no second array
 * of its size. Four characters give at most three bytes, so the decoded bytes are always written
 * behind the characters the decoder has already read.
 */
final class Base64InPlace {

  private static final int PIECE = 64 * 1024;

  private Base64InPlace() {}

  /**
   * Decodes {@code bytes[start, end)}, as {@link Base64#getDecoder()} does, into {@code
   * bytes[start, start + n)} and returns {@code n}.
   *
   * @throws IllegalArgumentException when the text is not base64; the range is then left partly
   *     overwritten
   */
  static int decode(byte[] bytes, int start, int end) {
    InputStream encoded = new ByteArrayInputStream(bytes, start, end - start);
    try (InputStream decoded = Base64.getDecoder().wrap(encoded)) {
      byte[] piece = new byte[PIECE];
      int write = start;
      int n;
      while ((n = decoded.read(piece)) > 0) {
        System.arraycopy(piece, 0, bytes, write, n);
        write += n;
      }
      // The stream ends at the padding; anything after it is refused, as the basic decoder does.
      if (encoded.available() > 0) {
        throw new IllegalArgumentException("base64 text goes on after its padding");
      }
      return write - start;
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}

package dev.interceptor.core.model.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bytes of a large body kept outside the heap (such as in a file the host spooled a message
 * to), read as a stream each time they are needed, so that the body is never held whole in memory.
 * Implementations may be opened more than once and from any thread, one stream per caller.
 */
public interface BodySource {

  /** The number of bytes each stream from {@link #open()} yields. */
  long length();

  /**
   * A new stream over the bytes from the first; the caller closes it.
   *
   * @throws IOException when the bytes cannot be read (the stream's reads may throw it too)
   */
  InputStream open() throws IOException;

  /** All the bytes in one array, for callers that want the body in memory. */
  static byte[] readAll(BodySource source) {
    try (InputStream in = source.open()) {
      byte[] all = in.readNBytes(Math.toIntExact(source.length()));
      if (all.length != source.length() || in.read() != -1) {
        throw new IllegalStateException(
            "a body source gave a different length than the " + source.length() + " it declared");
      }
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a body kept outside memory", e);
    }
  }
}

package dev.interceptor.adapter.nativemessaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes native messaging frames: the payload's length as four bytes in native byte order, then the
 * payload, then a flush.
 *
 * <p>The prefix is built as bytes, never as characters, so no charset can stretch it. Thread safe:
 * frames written from several threads never interleave.
 */
public final class FrameWriter {

  /** The browsers' limit for one message from a host: 1 MiB, inclusive. */
  public static final int HOST_TO_BROWSER_LIMIT = 1024 * 1024;

  private final OutputStream out;
  private final int limit;

  /**
   * A writer of frames of at most {@code limit} bytes onto {@code out}, which must be a raw byte
   * stream.
   */
  public FrameWriter(OutputStream out, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("frame limit must be positive, was " + limit);
    }
    this.out = out;
    this.limit = limit;
  }

  /**
   * Writes one frame and flushes.
   *
   * @throws IllegalArgumentException when the payload is over the limit; nothing is written then
   * @throws IOException when the stream fails (a broken pipe when the browser went away)
   */
  public synchronized void write(byte[] payload) throws IOException {
    if (payload.length > limit) {
      throw new IllegalArgumentException(
          "frame payload of " + payload.length + " bytes exceeds limit " + limit);
    }

    byte[] prefix =
        ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(payload.length).array();
    out.write(prefix);
    out.write(payload);
    out.flush();
  }

  /** The largest payload this writer accepts. */
  public int limit() {
    return limit;
  }

  /** Closes the underlying stream. */
  public synchronized void close() throws IOException {
    out.close();
  }
}

package dev.interceptor.adapter.storage;

import dev.interceptor.core.port.out.StoreException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A chunked History body read one piece at a time, each in a short read transaction of its own, so
 * that neither the body nor a lock is held while the caller writes it out.
 */
final class ChunkedBodyStream extends InputStream {

  private final Database db;
  private final long seq;
  private final String id;
  private final int chunks;

  private int next;
  private byte[] piece = new byte[0];
  private int offset;

  ChunkedBodyStream(Database db, long seq, String id, int chunks) {
    this.db = db;
    this.seq = seq;
    this.id = id;
    this.chunks = chunks;
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return piece[offset++] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, piece.length - offset);
    System.arraycopy(piece, offset, buffer, from, n);
    offset += n;
    return n;
  }

  /** Makes bytes available; false at the end of the body. */
  private boolean fill() throws IOException {
    while (offset == piece.length) {
      if (next == chunks) {
        return false;
      }
      int position = next;
      try {
        piece =
            db.read(c -> BodyChunks.read(c, seq, id, position))
                .orElseThrow(
                    () ->
                        new IOException(
                            "the History entry " + id + " was removed while its body was read"));
      } catch (StoreException e) {
        throw new IOException("could not read the body of History entry " + id, e);
      }
      offset = 0;
      next++;
    }
    return true;
  }
}

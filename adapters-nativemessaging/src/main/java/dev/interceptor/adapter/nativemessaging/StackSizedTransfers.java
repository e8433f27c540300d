package dev.interceptor.adapter.nativemessaging;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Streams over stdin and stdout that hand the file streams at most {@link #LIMIT} bytes a call.
 *
 * <p>{@code FileInputStream} and {@code FileOutputStream} copy through a buffer on the native stack
 * for up to 8 KiB; for more they allocate a buffer of the whole length with {@code malloc} and free
 * it again, on every call. With a 64 KiB read buffer that was a tenth of the reading thread's time
 * at 2 KB captures, and a 64 MiB frame read at once asked for a 64 MiB buffer per read of the pipe.
 */
final class StackSizedTransfers {

  /** The JDK's native stack buffer for file reads and writes. */
  static final int LIMIT = 8 * 1024;

  private StackSizedTransfers() {}

  /**
   * Also reports no bytes available, without asking: a {@code BufferedInputStream} asks after every
   * read that leaves its request short, and on a pipe {@code FileInputStream} answers with two
   * system calls ({@code fstat} and {@code ioctl}), two for every frame at 2 KB. With none reported
   * it returns what one read brought, and the frame reader, which reads until it has every byte it
   * needs, reads again.
   */
  static InputStream reads(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, Math.min(len, LIMIT));
      }

      @Override
      public int available() {
        return 0;
      }
    };
  }

  static OutputStream writes(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        for (int done = 0; done < len; done += LIMIT) {
          out.write(b, off + done, Math.min(LIMIT, len - done));
        }
      }
    };
  }
}

package dev.interceptor.adapter.nativemessaging;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The UTF-8 bytes of one JSON string (RFC 8259 section 7) with its escapes undone, read from the
 * string's bytes as they stream in, starting at its opening quote; the stream ends at the closing
 * quote. A large string is so never held whole. The string must already be known to be a valid JSON
 * string: the parser has checked it.
 *
 * <p>An escaped surrogate pair becomes its one code point in four bytes; an escaped lone surrogate,
 * which has no UTF-8 form, becomes U+FFFD and is noted ({@link #sawLoneSurrogate()}), so that a
 * caller can leave such a string to the parser. Not thread safe.
 */
final class JsonStringStream extends InputStream {

  /** The longest escape read at once: a surrogate pair, {@code \\uD83D\\uDE00}. */
  private static final int LONGEST_ESCAPE = 12;

  private final InputStream in;
  private final byte[] buffer;
  private int position;
  private int limit;
  private boolean started;
  private boolean ended;
  private boolean loneSurrogate;
  private boolean failedToRead;
  private final byte[] pending = new byte[4];
  private final byte[] one = new byte[1];
  private int pendingFrom;
  private int pendingTo;

  /** The string whose opening quote is the first byte of {@code in}. */
  JsonStringStream(InputStream in) {
    this(in, 64 * 1024);
  }

  JsonStringStream(InputStream in, int bufferSize) {
    this.in = in;
    this.buffer = new byte[Math.max(bufferSize, LONGEST_ESCAPE)];
  }

  /** Whether an escaped lone surrogate was read (and written as U+FFFD). */
  boolean sawLoneSurrogate() {
    return loneSurrogate;
  }

  /** Whether reading the underlying stream failed, as opposed to the string being malformed. */
  boolean failedToRead() {
    return failedToRead;
  }

  @Override
  public int read() throws IOException {
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] out, int from, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!started) {
      openingQuote();
    }
    int n = drainPending(out, from, length);
    while (n < length && !ended) {
      if (!available(1)) {
        throw new EOFException("a JSON string ends before its closing quote");
      }
      byte b = buffer[position];
      if (b == '"') {
        position++;
        ended = true;
      } else if (b != '\\') {
        n += copyPlain(out, from + n, length - n);
      } else {
        escape();
        n += drainPending(out, from + n, length - n);
      }
    }
    return n == 0 && ended ? -1 : n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void openingQuote() throws IOException {
    started = true;
    if (!available(1) || buffer[position] != '"') {
      throw new IOException("a JSON string does not start where it was expected");
    }
    position++;
  }

  /** Copies bytes up to the next quote or backslash, as many as fit. */
  private int copyPlain(byte[] out, int at, int room) {
    int start = position;
    int stop = Math.min(limit, position + room);
    while (position < stop && buffer[position] != '"' && buffer[position] != '\\') {
      position++;
    }
    System.arraycopy(buffer, start, out, at, position - start);
    return position - start;
  }

  /** Reads the escape at the position into the pending bytes. */
  private void escape() throws IOException {
    if (!available(2)) {
      throw new EOFException("a JSON string ends inside an escape");
    }
    byte kind = buffer[position + 1];
    if (kind != 'u') {
      position += 2;
      pending(JsonStrings.simpleEscape(kind));
      return;
    }
    if (!available(6)) {
      throw new EOFException("a JSON string ends inside an escape");
    }
    int c = hex4(position + 2);
    position += 6;
    if (Character.isHighSurrogate((char) c) && available(6) && lowSurrogateEscapeAt(position)) {
      int low = hex4(position + 2);
      position += 6;
      utf8(Character.toCodePoint((char) c, (char) low));
    } else if (Character.isSurrogate((char) c)) {
      loneSurrogate = true;
      utf8(0xFFFD);
    } else {
      utf8(c);
    }
  }

  private boolean lowSurrogateEscapeAt(int at) {
    return buffer[at] == '\\'
        && buffer[at + 1] == 'u'
        && Character.isLowSurrogate((char) hex4(at + 2));
  }

  private void pending(int b) {
    pending[0] = (byte) b;
    pendingFrom = 0;
    pendingTo = 1;
  }

  private void utf8(int c) {
    pendingFrom = 0;
    if (c < 0x80) {
      pending[0] = (byte) c;
      pendingTo = 1;
    } else if (c < 0x800) {
      pending[0] = (byte) (0xC0 | c >> 6);
      pending[1] = (byte) (0x80 | c & 0x3F);
      pendingTo = 2;
    } else if (c < 0x10000) {
      pending[0] = (byte) (0xE0 | c >> 12);
      pending[1] = (byte) (0x80 | c >> 6 & 0x3F);
      pending[2] = (byte) (0x80 | c & 0x3F);
      pendingTo = 3;
    } else {
      pending[0] = (byte) (0xF0 | c >> 18);
      pending[1] = (byte) (0x80 | c >> 12 & 0x3F);
      pending[2] = (byte) (0x80 | c >> 6 & 0x3F);
      pending[3] = (byte) (0x80 | c & 0x3F);
      pendingTo = 4;
    }
  }

  private int drainPending(byte[] out, int at, int room) {
    int n = Math.min(room, pendingTo - pendingFrom);
    System.arraycopy(pending, pendingFrom, out, at, n);
    pendingFrom += n;
    return n;
  }

  /** Whether at least {@code count} bytes are buffered from the position, reading more if not. */
  private boolean available(int count) throws IOException {
    if (limit - position >= count) {
      return true;
    }
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
    while (limit < count) {
      int n;
      try {
        n = in.read(buffer, limit, buffer.length - limit);
      } catch (IOException e) {
        failedToRead = true;
        throw e;
      }
      if (n < 0) {
        return false;
      }
      limit += n;
    }
    return true;
  }

  private int hex4(int at) {
    return JsonStrings.hex4(buffer, at);
  }
}

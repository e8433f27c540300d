package dev.interceptor.adapter.nativemessaging;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;

/**
 * The bytes base64 text decodes to, as {@link Base64#getDecoder()} decodes the whole text, read a
 * block at a time from a stream of the text: a large body is decoded without being held whole.
 * {@link Base64.Decoder#wrap} does the same a character at a time, several times slower.
 *
 * <p>Blocks hold whole 4-character units, so each is decoded on its own. Padding ends the text: the
 * unit that holds it is decoded last, and text after it is refused, as the basic decoder does. Text
 * that is not base64 fails a read with an {@link IOException}, as a wrapped decoder's does. Not
 * thread safe.
 */
final class Base64Stream extends InputStream {

  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final InputStream text;
  private final byte[] block;
  private int carried;
  private byte[] decoded = new byte[0];
  private int position;
  private boolean ended;
  private final byte[] one = new byte[1];

  Base64Stream(InputStream text) {
    this(text, 64 * 1024);
  }

  /** A stream that reads the text {@code blockSize} characters (a multiple of 4) at a time. */
  Base64Stream(InputStream text, int blockSize) {
    if (blockSize < 4 || blockSize % 4 != 0) {
      throw new IllegalArgumentException("blockSize must be a multiple of 4, was " + blockSize);
    }
    this.text = text;
    this.block = new byte[blockSize];
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
    while (position == decoded.length) {
      if (ended) {
        return -1;
      }
      decodeNextBlock();
    }
    int n = Math.min(length, decoded.length - position);
    System.arraycopy(decoded, position, out, from, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    text.close();
  }

  private void decodeNextBlock() throws IOException {
    int read = text.readNBytes(block, carried, block.length - carried);
    int length = carried + read;
    boolean last = length < block.length;
    int padding = indexOf(block, (byte) '=', length);

    if (padding >= 0) {
      // The unit holding the first '=' is the last one; the decoder checks its form.
      int end = Math.min((padding / 4 + 1) * 4, length);
      decoded = decode(end);
      if (end < length || text.read() != -1) {
        throw new IOException("base64 text goes on after its padding");
      }
      ended = true;
    } else if (last) {
      // An unpadded last unit of 2 or 3 characters is allowed; the decoder refuses 1.
      decoded = decode(length);
      ended = true;
    } else {
      int whole = length / 4 * 4;
      decoded = decode(whole);
      carried = length - whole;
      System.arraycopy(block, whole, block, 0, carried);
    }
    position = 0;
  }

  private byte[] decode(int end) throws IOException {
    try {
      return DECODER.decode(Arrays.copyOf(block, end));
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static int indexOf(byte[] bytes, byte b, int end) {
    for (int i = 0; i < end; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}

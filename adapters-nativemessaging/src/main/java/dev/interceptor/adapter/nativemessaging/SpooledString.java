package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonParser;
import dev.interceptor.core.model.capture.BodySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * A JSON string of a spooled frame as a body's bytes, made as they are read: the escapes undone
 * ({@link #text}), or then the base64 decoded ({@link #base64}). The string's UTF-8 or decoded
 * length is counted by one streaming pass when the body is made, before the store needs it.
 */
final class SpooledString implements BodySource {

  private final FrameBytes.Spooled frame;
  private final long quote;
  private final boolean base64;
  private final long length;

  private SpooledString(FrameBytes.Spooled frame, long quote, boolean base64, long length) {
    this.frame = frame;
    this.quote = quote;
    this.base64 = base64;
    this.length = length;
  }

  /**
   * The unescaped UTF-8 length of the string whose opening quote is at {@code quote}, or -1 when it
   * holds an escaped lone surrogate (it has no UTF-8 form: the parser reads it instead).
   */
  static long unescapedLength(FrameBytes.Spooled frame, long quote) throws IOException {
    try (JsonStringStream string = new JsonStringStream(frame.open(quote))) {
      long count = count(string);
      return string.sawLoneSurrogate() ? -1 : count;
    }
  }

  /** The string read by the frame's parser, for a string that has no UTF-8 form. */
  static String parsed(FrameBytes.Spooled frame, long quote) throws IOException {
    try (JsonParser parser = WireJson.mapper().getFactory().createParser(frame.open(quote))) {
      parser.nextToken();
      return parser.getText();
    }
  }

  /** The string's UTF-8 bytes, of {@code utf8Length} bytes. */
  static SpooledString text(FrameBytes.Spooled frame, long quote, long utf8Length) {
    return new SpooledString(frame, quote, false, utf8Length);
  }

  /**
   * The bytes the string decodes to, as {@link Base64#getDecoder()} decodes it.
   *
   * @throws IllegalArgumentException when the string is not base64
   */
  static SpooledString base64(FrameBytes.Spooled frame, long quote) {
    JsonStringStream string;
    try {
      string = new JsonStringStream(frame.open(quote));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spooled frame", e);
    }
    try (InputStream decoded = new Base64Stream(string)) {
      return new SpooledString(frame, quote, true, count(decoded));
    } catch (IOException e) {
      // The decoder reports bad base64 as an IOException; the file's own failures say so.
      if (string.failedToRead()) {
        throw new UncheckedIOException("cannot read the spooled frame", e);
      }
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public long length() {
    return length;
  }

  @Override
  public InputStream open() throws IOException {
    InputStream string = new JsonStringStream(frame.open(quote));
    return base64 ? new Base64Stream(string) : string;
  }

  private static long count(InputStream in) throws IOException {
    byte[] scratch = new byte[64 * 1024];
    long count = 0;
    for (int n = in.read(scratch); n >= 0; n = in.read(scratch)) {
      count += n;
    }
    return count;
  }
}

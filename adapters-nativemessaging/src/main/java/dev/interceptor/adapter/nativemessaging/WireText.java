package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.interceptor.core.model.capture.RequestBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A JSON string of a frame that may be large (a capture's body), read into a {@code String} only
 * when asked, straight from the frame's bytes.
 *
 * <p>A streaming parser builds a large string through character buffers twice its size and more
 * copies; here the escapes are undone in the frame's own bytes, which are not read again, and the
 * result becomes the one {@code String}, or the body is held in those bytes as they are ({@link
 * #body()}). So the frame and the text are the only two copies, or the frame alone. Not thread
 * safe; {@link #text()} is called once the whole frame has been parsed (the parser checked the
 * string's escapes and UTF-8 then).
 *
 * <p>A string of a spooled frame stays in the spool file: the body is read from there as a stream
 * ({@link SpooledString}), and never held whole.
 */
@JsonDeserialize(using = WireTextDeserializer.class)
final class WireText {

  private byte @Nullable [] payload;
  private final int start;
  private @Nullable String text;
  private RequestBody.@Nullable Text body;
  private FrameBytes.@Nullable Spooled spooled;
  private long quote;

  private WireText(byte @Nullable [] payload, int start, @Nullable String text) {
    this.payload = payload;
    this.start = start;
    this.text = text;
  }

  /** The string whose opening quote is at {@code quote} in a spooled frame. */
  static WireText inSpool(FrameBytes.Spooled frame, long quote) {
    WireText spooledText = new WireText(null, 0, null);
    spooledText.spooled = frame;
    spooledText.quote = quote;
    return spooledText;
  }

  static WireText of(String text) {
    return new WireText(null, 0, text);
  }

  /** The string whose first character is at {@code start}, just after its opening quote. */
  static WireText inPayload(byte[] payload, int start) {
    return new WireText(payload, start, null);
  }

  /** Whether the text is still only in the frame's bytes. */
  boolean inFrame() {
    return text == null;
  }

  /** Whether the text is read from a spool file. */
  boolean inSpool() {
    return spooled != null;
  }

  /** The text; the first call over a frame's bytes rewrites those bytes. */
  String text() {
    String known = text;
    if (known != null) {
      return known;
    }
    RequestBody.Text held = body;
    if (held != null) {
      return held.text();
    }
    if (spooled != null) {
      return body().text();
    }
    byte[] bytes = payload;
    if (bytes == null) {
      throw new IllegalStateException("a wire text holds neither text nor bytes");
    }
    int end = JsonStrings.unescapeInPlace(bytes, start);
    int latin1End = JsonStrings.toLatin1InPlace(bytes, start, end);
    String decoded =
        latin1End >= 0
            ? new String(bytes, start, latin1End - start, StandardCharsets.ISO_8859_1)
            : new String(bytes, start, end - start, StandardCharsets.UTF_8);
    text = decoded;
    payload = null;
    return decoded;
  }

  /**
   * The string as a base64-encoded body. A string still in the frame's bytes is decoded into those
   * same bytes, which the body then holds: the frame's bytes are its only copy.
   *
   * @throws IllegalArgumentException when the string is not base64
   */
  RequestBody.Bytes base64Body() {
    FrameBytes.Spooled frame = spooled;
    if (frame != null) {
      return RequestBody.Bytes.streamed(SpooledString.base64(frame, quote));
    }
    byte[] bytes = payload;
    if (bytes == null) {
      byte[] decoded = Base64.getDecoder().decode(text());
      return RequestBody.Bytes.held(decoded, 0, decoded.length);
    }

    payload = null;
    int end = JsonStrings.unescapeInPlace(bytes, start);
    int length = Base64InPlace.decode(bytes, start, end);
    return RequestBody.Bytes.held(bytes, start, start + length);
  }

  /**
   * The text as a request body. A text still in the frame's bytes is unescaped there, and the body
   * holds those bytes as its UTF-8 form: the frame's bytes are then its only copy.
   */
  RequestBody.Text body() {
    RequestBody.Text held = body;
    if (held != null) {
      return held;
    }
    FrameBytes.Spooled frame = spooled;
    if (frame != null) {
      held = spooledBody(frame);
      body = held;
      return held;
    }
    byte[] bytes = payload;
    if (bytes == null) {
      return new RequestBody.Text(text());
    }

    int end = JsonStrings.unescapeInPlace(bytes, start);
    held = RequestBody.Text.ofUtf8(bytes, start, end);
    body = held;
    payload = null;
    return held;
  }

  /**
   * A spooled text as a body streamed from the spool file. One streaming pass counts the UTF-8
   * length the body will have, and finds an escaped lone surrogate, which has no UTF-8 form: only
   * such a text is read into a {@code String}, by a parser over the spool file from its quote.
   */
  private RequestBody.Text spooledBody(FrameBytes.Spooled frame) {
    try {
      long utf8Length = SpooledString.unescapedLength(frame, quote);
      if (utf8Length >= 0) {
        return RequestBody.Text.streamed(SpooledString.text(frame, quote, utf8Length));
      }
      String parsed = SpooledString.parsed(frame, quote);
      text = parsed;
      spooled = null;
      return new RequestBody.Text(parsed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spooled frame", e);
    }
  }
}

package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a {@link WireText}: a string of a frame given as the {@link #PAYLOAD} attribute (its bytes,
 * or its spool file) is left in the frame (the parser then skips over it without building it);
 * otherwise, or when its escapes cannot be undone into UTF-8, the parser reads it.
 *
 * <p>Small frames too: a 2 KB capture's body built as a {@code String}, counted and encoded to
 * UTF-8 again for the store was a third of the reading thread's time. Held as UTF-8 in the frame,
 * its length is known and the store writes those bytes.
 */
final class WireTextDeserializer extends StdDeserializer<WireText> {

  /**
   * The attribute holding the frame's bytes (a {@code byte[]}) or its {@link FrameBytes.Spooled}
   * file, set by the reader of a whole frame.
   */
  static final String PAYLOAD = "interceptor.frame";

  private static final long serialVersionUID = 1L;

  WireTextDeserializer() {
    super(WireText.class);
  }

  @Override
  public WireText deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (WireText) ctxt.handleUnexpectedToken(WireText.class, p);
    }

    Object frame = ctxt.getAttribute(PAYLOAD);
    long quote = p.currentTokenLocation().getByteOffset();
    if (frame instanceof FrameBytes.Spooled && quote >= 0) {
      return WireText.inSpool((FrameBytes.Spooled) frame, quote);
    }
    if (frame instanceof byte[] && quote >= 0) {
      byte[] payload = (byte[]) frame;
      int start = (int) quote + 1;
      if (payload[(int) quote] == '"' && JsonStrings.unescapable(payload, start)) {
        return WireText.inPayload(payload, start);
      }
    }
    return WireText.of(p.getText());
  }
}

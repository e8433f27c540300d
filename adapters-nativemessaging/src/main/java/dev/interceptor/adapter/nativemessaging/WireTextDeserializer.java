package dev.interceptor.adapter.nativemessaging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a {@link WireText}: small strings, and any string of a small frame, as the parser reads
 * them; a string in a large frame is left in the frame's bytes (the parser then skips over it
 * without building it) when the frame was given as the {@link #PAYLOAD} attribute.
 */
final class WireTextDeserializer extends StdDeserializer<WireText> {

  /** The attribute holding the frame's bytes, set by the reader of a whole frame. */
  static final String PAYLOAD = "interceptor.frame";

  /** Frames below this size are read as usual: their copies are small. */
  static final int LAZY_FROM = 1024 * 1024;

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
    if (frame instanceof byte[] && ((byte[]) frame).length >= LAZY_FROM && quote >= 0) {
      byte[] payload = (byte[]) frame;
      int start = (int) quote + 1;
      if (payload[(int) quote] == '"' && JsonStrings.unescapable(payload, start)) {
        return WireText.inPayload(payload, start);
      }
    }
    return WireText.of(p.getText());
  }
}

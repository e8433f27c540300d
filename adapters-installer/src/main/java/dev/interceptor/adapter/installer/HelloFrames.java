package dev.interceptor.adapter.installer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * The little of the native messaging wire the doctor needs: a 32-bit length in native byte order
 * (little-endian on every desktop the project ships for), then UTF-8 JSON.
 */
final class HelloFrames {

  /** Host to browser frames are at most 1 MiB (Chrome's limit). */
  static final int MAX_REPLY = 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HelloFrames() {}

  static byte[] encode(Map<String, Object> message) {
    try {
      byte[] json = MAPPER.writeValueAsBytes(message);
      return ByteBuffer.allocate(4 + json.length)
          .order(ByteOrder.nativeOrder())
          .putInt(json.length)
          .put(json)
          .array();
    } catch (IOException e) {
      throw new IllegalStateException("a map of plain values always serialises", e);
    }
  }

  /**
   * Reads one frame.
   *
   * @throws EOFException when the stream ends before a whole frame
   * @throws IOException when the length is out of bounds or the payload is not JSON
   */
  static JsonNode read(InputStream in) throws IOException {
    byte[] prefix = in.readNBytes(4);
    if (prefix.length < 4) {
      throw new EOFException("end of output after " + prefix.length + " bytes of a length prefix");
    }
    // Check the declared length before allocating: stray text on stdout reads as a huge length.
    long length =
        Integer.toUnsignedLong(ByteBuffer.wrap(prefix).order(ByteOrder.nativeOrder()).getInt());
    if (length == 0 || length > MAX_REPLY) {
      throw new IOException(
          "frame length " + length + " is out of bounds; something other than frames is on stdout");
    }
    byte[] payload = in.readNBytes((int) length);
    if (payload.length < length) {
      throw new EOFException("end of output inside a frame of " + length + " bytes");
    }
    return MAPPER.readTree(payload);
  }
}

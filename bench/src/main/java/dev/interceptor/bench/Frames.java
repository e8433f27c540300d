package dev.interceptor.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Native messaging frames on raw streams: a 32-bit length in native byte order, then JSON. */
final class Frames {

  private Frames() {}

  static void write(OutputStream out, byte[] payload) throws IOException {
    out.write(ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(payload.length).array());
    out.write(payload);
    out.flush();
  }

  static void write(OutputStream out, String json) throws IOException {
    write(out, json.getBytes(StandardCharsets.UTF_8));
  }

  /** The next frame's payload; EOFException at a clean end of input. */
  static byte[] read(InputStream in) throws IOException {
    byte[] prefix = in.readNBytes(4);
    if (prefix.length < 4) {
      throw new EOFException("end of input");
    }
    int length = ByteBuffer.wrap(prefix).order(ByteOrder.nativeOrder()).getInt();
    byte[] payload = in.readNBytes(length);
    if (payload.length < length) {
      throw new EOFException("end of input inside a frame");
    }
    return payload;
  }

  static String hello() {
    return "{\"type\":\"hello\",\"protocolVersion\":1,\"extensionVersion\":\"0.0.0-bench\","
        + "\"browser\":\"chrome\",\"profile\":\"bench\"}";
  }
}

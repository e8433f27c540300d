package dev.interceptor.bench;

import java.nio.charset.StandardCharsets;

/** Capture messages of a chosen size, as the extension sends them (docs/protocol.md 4.4). */
final class Captures {

  private Captures() {}

  /** The UTF-8 JSON of one capture whose whole message is {@code size} bytes, give or take 1. */
  static byte[] json(String id, int size) {
    return json(id, size, "text");
  }

  /**
   * The same with the body in {@code form}: "text" (JSON text) or "base64" (raw bytes, as an upload
   * of a file arrives).
   */
  static byte[] json(String id, int size, String form) {
    String head =
        "{\"type\":\"capture\",\"id\":\""
            + id
            + "\",\"time\":1718009011123.5,\"url\":\"https://api.example.com/v1/orders/"
            + id
            + "?page=2\",\"method\":\"POST\",\"requestHeaders\":[{\"name\":\"Content-Type\","
            + "\"value\":\"application/json\"},{\"name\":\"Accept\",\"value\":\"*/*\"}],"
            + "\"resourceType\":\"xmlhttprequest\",\"tabId\":7,\"response\":{\"status\":200,"
            + "\"statusLine\":\"HTTP/1.1 200 OK\",\"headers\":[{\"name\":\"Content-Type\","
            + "\"value\":\"application/json\"}]},\"body\":{\""
            + form
            + "\":\"";
    String tail = "\"}}";
    int filler = Math.max(0, size - head.length() - tail.length());
    // Four base64 characters stand for three bytes: the filler is cut to whole groups.
    String body = form.equals("base64") ? "QUJD".repeat(filler / 4) : "x".repeat(filler);
    return (head + body + tail).getBytes(StandardCharsets.UTF_8);
  }
}

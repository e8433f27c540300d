package dev.interceptor.bench;

import java.nio.charset.StandardCharsets;

/** Capture messages of a chosen size, as the extension sends them (docs/protocol.md 4.4). */
final class Captures {

  private Captures() {}

  /** The UTF-8 JSON of one capture whose whole message is {@code size} bytes, give or take 1. */
  static byte[] json(String id, int size) {
    String head =
        "{\"type\":\"capture\",\"id\":\""
            + id
            + "\",\"time\":1718009011123.5,\"url\":\"https://api.example.com/v1/orders/"
            + id
            + "?page=2\",\"method\":\"POST\",\"requestHeaders\":[{\"name\":\"Content-Type\","
            + "\"value\":\"application/json\"},{\"name\":\"Accept\",\"value\":\"*/*\"}],"
            + "\"resourceType\":\"xmlhttprequest\",\"tabId\":7,\"response\":{\"status\":200,"
            + "\"statusLine\":\"HTTP/1.1 200 OK\",\"headers\":[{\"name\":\"Content-Type\","
            + "\"value\":\"application/json\"}]},\"body\":{\"text\":\"";
    String tail = "\"}}";
    int filler = Math.max(0, size - head.length() - tail.length());
    return (head + "x".repeat(filler) + tail).getBytes(StandardCharsets.UTF_8);
  }
}

package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import java.time.Instant;
import java.util.List;

/** Captured requests for tests. */
final class Captures {

  private Captures() {}

  static CapturedRequest request(
      String id, Instant time, String method, String url, RequestBody body, HttpHeader... headers) {
    return new CapturedRequest(
        id,
        time,
        url,
        method,
        List.of(headers),
        body,
        RequestBody.toBytes(body).length,
        false,
        false,
        ResourceType.XHR,
        3,
        null,
        new CapturedResponse(200, "HTTP/1.1 200 OK", List.of(new HttpHeader("X-Seen", "1"))),
        null);
  }

  static CapturedRequest get(String id, Instant time, String url, HttpHeader... headers) {
    return request(id, time, "GET", url, RequestBody.NONE, headers);
  }

  static HttpHeader header(String name, String value) {
    return new HttpHeader(name, value);
  }
}

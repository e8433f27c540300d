package dev.interceptor.core.testing;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds captured requests for tests. */
public final class TestCaptures {

  private TestCaptures() {}

  /** A page's fetch of {@code url} with {@code method}, no body, no response. */
  public static CapturedRequest request(String id, String method, String url) {
    return request(id, method, url, ResourceType.XHR, 7, "https://app.example.com");
  }

  public static CapturedRequest request(
      String id,
      String method,
      String url,
      ResourceType type,
      int tabId,
      @Nullable String initiator) {
    return new CapturedRequest(
        id,
        Instant.parse("2030-01-01T00:00:00Z"),
        url,
        method,
        List.of(),
        RequestBody.NONE,
        0,
        false,
        false,
        type,
        tabId,
        initiator,
        null,
        null);
  }
}

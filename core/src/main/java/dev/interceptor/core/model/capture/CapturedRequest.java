package dev.interceptor.core.model.capture;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request as the extension captured it.
 *
 * <p>{@code id} is the extension's id for it (unique per capture, so a capture sent twice is stored
 * once). {@code method} is kept exactly as sent ({@code patch} stays lower case). {@code bodySize}
 * is the size of the body the browser sent; {@code bodyTruncated} says the extension sent only part
 * of it; {@code filePartsOmitted} says multipart file contents were not exposed. {@code response}
 * is null when the request failed before a response; {@code error} then holds the browser's error
 * text.
 */
public record CapturedRequest(
    String id,
    Instant time,
    String url,
    String method,
    List<HttpHeader> requestHeaders,
    RequestBody body,
    long bodySize,
    boolean bodyTruncated,
    boolean filePartsOmitted,
    ResourceType resourceType,
    int tabId,
    @Nullable String initiator,
    @Nullable CapturedResponse response,
    @Nullable String error) {

  public CapturedRequest {
    if (id.isBlank()) {
      throw new IllegalArgumentException("capture id must not be blank");
    }
    if (method.isBlank()) {
      throw new IllegalArgumentException("capture method must not be blank (capture " + id + ")");
    }
    requestHeaders = List.copyOf(requestHeaders);
  }

  /** The first request header of that name, compared without case. */
  public Optional<String> requestHeader(String name) {
    return requestHeaders.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(HttpHeader::value)
        .findFirst();
  }

  /**
   * The host of the URL in lower case (an IPv6 host in brackets), or an empty string when the URL
   * has none.
   */
  public String host() {
    return RequestUrl.parse(url).map(RequestUrl::host).orElse("");
  }
}

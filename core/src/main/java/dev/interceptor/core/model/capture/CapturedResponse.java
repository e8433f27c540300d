package dev.interceptor.core.model.capture;

import java.util.List;

/** What the browser saw of the response: status code, status line and headers (no body). */
public record CapturedResponse(int status, String statusLine, List<HttpHeader> headers) {

  public CapturedResponse {
    headers = List.copyOf(headers);
  }
}

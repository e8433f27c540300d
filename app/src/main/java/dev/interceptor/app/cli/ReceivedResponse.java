package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.HttpHeader;
import java.util.List;

/** A response as received: status, status line, headers in order, and the decoded body. */
record ReceivedResponse(int status, String statusLine, List<HttpHeader> headers, byte[] body) {

  ReceivedResponse {
    headers = List.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReceivedResponse r
        && status == r.status
        && statusLine.equals(r.statusLine)
        && headers.equals(r.headers)
        && java.util.Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * status + headers.hashCode()) + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "ReceivedResponse[" + statusLine + ", " + body.length + " bytes]";
  }
}

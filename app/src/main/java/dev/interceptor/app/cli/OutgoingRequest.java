package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.HttpHeader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A request about to be sent: method as typed, absolute URL, headers in order, body bytes. */
record OutgoingRequest(String method, String url, List<HttpHeader> headers, byte[] body) {

  OutgoingRequest {
    headers = List.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** This request with every header of that name (any case) removed. */
  OutgoingRequest without(String name) {
    return new OutgoingRequest(
        method, url, headers.stream().filter(h -> !h.name().equalsIgnoreCase(name)).toList(), body);
  }

  /** This request with one more header at the end. */
  OutgoingRequest with(HttpHeader header) {
    List<HttpHeader> more = new ArrayList<>(headers);
    more.add(header);
    return new OutgoingRequest(method, url, more, body);
  }

  boolean has(String name) {
    return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutgoingRequest r
        && method.equals(r.method)
        && url.equals(r.url)
        && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * method.hashCode() + url.hashCode()) + headers.hashCode())
        + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    // Header values and the body may hold secrets: only their shape is shown.
    return "OutgoingRequest["
        + method
        + " "
        + headers.size()
        + " headers, "
        + body.length
        + " bytes]";
  }
}

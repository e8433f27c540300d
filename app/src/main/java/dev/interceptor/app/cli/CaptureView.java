package dev.interceptor.app.cli;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One captured request in full, as {@code history show --json} prints it. */
record CaptureView(
    String id,
    String time,
    String method,
    String url,
    String resourceType,
    int tabId,
    @Nullable String initiator,
    List<HttpHeader> requestHeaders,
    BodyView body,
    long bodySize,
    boolean bodyTruncated,
    boolean filePartsOmitted,
    @Nullable ResponseView response,
    @Nullable String error) {

  static CaptureView of(CapturedRequest r) {
    CapturedResponse response = r.response();
    return new CaptureView(
        r.id(),
        r.time().toString(),
        r.method(),
        r.url(),
        r.resourceType().wireName(),
        r.tabId(),
        r.initiator(),
        r.requestHeaders(),
        BodyView.of(r.body()),
        r.bodySize(),
        r.bodyTruncated(),
        r.filePartsOmitted(),
        response == null
            ? null
            : new ResponseView(response.status(), response.statusLine(), response.headers()),
        r.error());
  }

  record ResponseView(int status, String statusLine, List<HttpHeader> headers) {}

  /**
   * The body in the form the browser gave it: {@code kind} is {@code none}, {@code text}, {@code
   * bytes} (then {@code base64} is set) or {@code form} (then {@code fields} is set).
   */
  record BodyView(
      String kind,
      @Nullable String text,
      @Nullable String base64,
      @Nullable List<FormField> fields) {

    static BodyView of(RequestBody body) {
      if (body instanceof RequestBody.Text t) {
        return new BodyView("text", t.text(), null, null);
      }
      if (body instanceof RequestBody.Bytes b) {
        return new BodyView("bytes", null, Base64.getEncoder().encodeToString(b.data()), null);
      }
      if (body instanceof RequestBody.Form f) {
        return new BodyView("form", null, null, f.fields());
      }
      return new BodyView("none", null, null, null);
    }
  }
}

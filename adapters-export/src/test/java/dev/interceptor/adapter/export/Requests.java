package dev.interceptor.adapter.export;

import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import dev.interceptor.core.model.export.ExportedRequest;
import dev.interceptor.core.model.export.RequestExport;
import dev.interceptor.core.model.routing.FolderPath;
import dev.interceptor.core.port.out.RequestExportFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Captured requests and exports for the format tests. */
final class Requests {

  static final Instant TIME = Instant.parse("2026-03-01T10:15:30.250Z");

  private Requests() {}

  static HttpHeader header(String name, String value) {
    return new HttpHeader(name, value);
  }

  static CapturedRequest get(String url, HttpHeader... headers) {
    return request("GET", url, RequestBody.NONE, headers);
  }

  static CapturedRequest request(
      String method, String url, RequestBody body, HttpHeader... headers) {
    return request(method, url, body, null, headers);
  }

  static CapturedRequest request(
      String method,
      String url,
      RequestBody body,
      @Nullable CapturedResponse response,
      HttpHeader... headers) {
    return new CapturedRequest(
        "cap-" + Math.abs((method + url).hashCode()),
        TIME,
        url,
        method,
        Arrays.asList(headers),
        body,
        RequestBody.toBytes(body).length,
        false,
        false,
        ResourceType.XHR,
        7,
        "https://app.example.com",
        response,
        null);
  }

  static RequestBody text(String text) {
    return new RequestBody.Text(text);
  }

  static RequestBody bytes(int... values) {
    byte[] data = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      data[i] = (byte) values[i];
    }
    return new RequestBody.Bytes(data);
  }

  static RequestExport export(boolean includeSecrets, CapturedRequest... requests) {
    List<ExportedRequest> items =
        Arrays.stream(requests).map(r -> new ExportedRequest(FolderPath.ROOT, r)).toList();
    return new RequestExport("History", items, includeSecrets);
  }

  static RequestExport export(CapturedRequest... requests) {
    return export(true, requests);
  }

  static String write(RequestExportFormat format, RequestExport export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.export(export, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** C26 input A: a multipart body with a text part and a file part, CRLF line ends. */
  static byte[] multipartA() {
    String body =
        "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"note\"\r\n"
            + "\r\n"
            + "hello\r\n"
            + "--XyZ\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n"
            + "\r\n"
            + "abc\r\n"
            + "--XyZ--\r\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }
}

package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Writes one HAR 1.2 {@code entries[]} object for a captured request. */
final class HarEntryWriter {

  private HarEntryWriter() {}

  static void write(JsonGenerator json, CapturedRequest request) throws IOException {
    CapturedResponse response = request.response();
    StatusLine status = response == null ? StatusLine.NONE : StatusLine.parse(response);

    json.writeStartObject();
    json.writeStringField("startedDateTime", DateTimeFormatter.ISO_INSTANT.format(request.time()));
    // The browser's timing events are not captured: HAR 1.2 allows 0 for phases that took no
    // measurable time, and -1 only for the optional phases.
    json.writeNumberField("time", 0);
    writeRequest(json, request, status.httpVersion());
    writeResponse(json, response, status);
    json.writeObjectFieldStart("cache");
    json.writeEndObject();
    json.writeObjectFieldStart("timings");
    json.writeNumberField("send", 0);
    json.writeNumberField("wait", 0);
    json.writeNumberField("receive", 0);
    json.writeEndObject();
    json.writeStringField("_id", request.id());
    json.writeStringField("_resourceType", request.resourceType().wireName());
    if (request.error() != null) {
      json.writeStringField("_error", request.error());
    }
    json.writeEndObject();
  }

  private static void writeRequest(JsonGenerator json, CapturedRequest request, String version)
      throws IOException {
    json.writeObjectFieldStart("request");
    json.writeStringField("method", request.method());
    json.writeStringField("url", request.url());
    json.writeStringField("httpVersion", version);
    writeCookies(json, request.requestHeader("Cookie").map(HarCookies::fromCookieHeader));
    writeHeaders(json, request.requestHeaders());

    json.writeArrayFieldStart("queryString");
    for (UrlParts.QueryPair pair : UrlParts.parse(request.url()).queryPairs()) {
      FormField field = pair.decoded();
      writeNameValue(json, field.name(), field.value());
    }
    json.writeEndArray();

    BodyView body = BodyView.of(request);
    if (!body.isEmpty() || body.hasContentType()) {
      writePostData(json, body);
    }
    json.writeNumberField("headersSize", -1);
    json.writeNumberField("bodySize", body.isEmpty() ? 0 : request.bodySize());
    if (request.bodyTruncated()) {
      json.writeBooleanField("_bodyTruncated", true);
    }
    if (request.filePartsOmitted()) {
      json.writeBooleanField("_filePartsOmitted", true);
    }
    json.writeEndObject();
  }

  // C23: urlencoded and JSON bodies stay readable text; only bytes that are not UTF-8 go base64.
  private static void writePostData(JsonGenerator json, BodyView body) throws IOException {
    json.writeObjectFieldStart("postData");
    json.writeStringField("mimeType", body.mimeType());

    if (body.isForm()) {
      if (!body.isMultipart()) {
        json.writeStringField("text", FormEncoding.encode(body.formFields()));
      }
      writeFormParams(json, body.formFields());
      json.writeEndObject();
      return;
    }

    Optional<String> text = body.text();
    if (text.isPresent()) {
      json.writeStringField("text", text.get());
    } else {
      json.writeStringField("text", Base64.getEncoder().encodeToString(body.bytes()));
      json.writeStringField("_encoding", "base64");
    }
    if (body.isUrlEncoded()) {
      writeFormParams(json, FormEncoding.decode(text.orElse("")));
    } else if (body.isMultipart()) {
      writeMultipartParams(json, body.multipartParts());
    }
    json.writeEndObject();
  }

  private static void writeFormParams(JsonGenerator json, List<FormField> fields)
      throws IOException {
    json.writeArrayFieldStart("params");
    for (FormField field : fields) {
      writeNameValue(json, field.name(), field.value());
    }
    json.writeEndArray();
  }

  private static void writeMultipartParams(JsonGenerator json, List<MultipartParser.Part> parts)
      throws IOException {
    json.writeArrayFieldStart("params");
    for (MultipartParser.Part part : parts) {
      json.writeStartObject();
      json.writeStringField("name", part.name());
      if (part.fileName() != null) {
        json.writeStringField("fileName", part.fileName());
      }
      if (part.contentType() != null) {
        json.writeStringField("contentType", part.contentType());
      }
      // A binary file part has no text form; its bytes are still in postData.text.
      Optional<String> value = BodyView.strictUtf8(part.content());
      if (value.isPresent()) {
        json.writeStringField("value", value.get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeResponse(
      JsonGenerator json, CapturedResponse response, StatusLine status) throws IOException {
    List<HttpHeader> headers = response == null ? List.of() : response.headers();

    json.writeObjectFieldStart("response");
    // HAR writers use status 0 for a request that got no response.
    json.writeNumberField("status", response == null ? 0 : response.status());
    json.writeStringField("statusText", status.reason());
    json.writeStringField("httpVersion", status.httpVersion());
    json.writeArrayFieldStart("cookies");
    for (HttpHeader header : headers) {
      if (header.name().equalsIgnoreCase("Set-Cookie")) {
        HarCookies.writeSetCookie(json, header.value());
      }
    }
    json.writeEndArray();
    writeHeaders(json, headers);
    json.writeObjectFieldStart("content");
    // Response bodies are not captured.
    json.writeNumberField("size", 0);
    json.writeStringField("mimeType", headerValue(headers, "Content-Type"));
    json.writeEndObject();
    json.writeStringField("redirectURL", headerValue(headers, "Location"));
    json.writeNumberField("headersSize", -1);
    json.writeNumberField("bodySize", -1);
    json.writeEndObject();
  }

  private static void writeCookies(JsonGenerator json, Optional<List<FormField>> cookies)
      throws IOException {
    json.writeArrayFieldStart("cookies");
    for (FormField cookie : cookies.orElse(List.of())) {
      writeNameValue(json, cookie.name(), cookie.value());
    }
    json.writeEndArray();
  }

  private static void writeHeaders(JsonGenerator json, List<HttpHeader> headers)
      throws IOException {
    json.writeArrayFieldStart("headers");
    for (HttpHeader header : headers) {
      writeNameValue(json, header.name(), header.value());
    }
    json.writeEndArray();
  }

  private static void writeNameValue(JsonGenerator json, String name, String value)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("value", value);
    json.writeEndObject();
  }

  private static String headerValue(List<HttpHeader> headers, String name) {
    return headers.stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(HttpHeader::value)
        .findFirst()
        .orElse("");
  }
}

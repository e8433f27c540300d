package dev.interceptor.adapter.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HttpHeader;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes one Postman v2.1 request item. */
final class PostmanItemWriter {

  private PostmanItemWriter() {}

  static void write(JsonGenerator json, CapturedRequest request) throws IOException {
    UrlParts url = UrlParts.parse(request.url());
    BodyView body = BodyView.of(request);
    // Postman builds multipart bodies itself, with its own boundary: the captured one would lie.
    boolean formData = body.isMultipart() && !body.isEmpty();

    json.writeStartObject();
    json.writeStringField(
        "name", request.method() + " " + (url.path().isEmpty() ? "/" : url.path()));
    json.writeObjectFieldStart("request");
    json.writeStringField("method", request.method());
    writeHeaders(json, request.requestHeaders(), formData);
    writeUrl(json, request.url(), url);
    if (!body.isEmpty()) {
      PostmanBodyWriter.write(json, request, body);
    }
    json.writeEndObject();
    json.writeArrayFieldStart("response");
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeHeaders(JsonGenerator json, List<HttpHeader> headers, boolean formData)
      throws IOException {
    json.writeArrayFieldStart("header");
    for (HttpHeader header : headers) {
      if (!HeaderRules.replayable(header.name())
          || formData && header.name().equalsIgnoreCase("Content-Type")) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("key", header.name());
      json.writeStringField("value", header.value());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  // C28: every part as written in the URL; nothing is decoded or re-encoded.
  private static void writeUrl(JsonGenerator json, String raw, UrlParts url) throws IOException {
    json.writeObjectFieldStart("url");
    json.writeStringField("raw", raw);
    if (!url.scheme().isEmpty()) {
      json.writeStringField("protocol", url.scheme());
    }
    json.writeArrayFieldStart("host");
    for (String label : url.host().split("\\.", -1)) {
      json.writeString(label);
    }
    json.writeEndArray();
    if (!url.port().isEmpty()) {
      json.writeStringField("port", url.port());
    }
    json.writeArrayFieldStart("path");
    if (!url.path().isEmpty()) {
      for (String segment : url.path().substring(1).split("/", -1)) {
        json.writeString(segment);
      }
    }
    json.writeEndArray();
    List<UrlParts.QueryPair> pairs = url.queryPairs();
    if (!pairs.isEmpty()) {
      json.writeArrayFieldStart("query");
      for (UrlParts.QueryPair pair : pairs) {
        json.writeStartObject();
        json.writeStringField("key", pair.name());
        json.writeStringField("value", pair.value());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** The language hint Postman shows for a raw body. */
  static String rawLanguage(BodyView body) {
    String type = body.mimeType().toLowerCase(Locale.ROOT);
    if (body.isJson()) {
      return "json";
    }
    if (type.contains("xml")) {
      return "xml";
    }
    if (type.contains("html")) {
      return "html";
    }
    return type.contains("javascript") ? "javascript" : "text";
  }

  /** The fields of a URL-encoded body, from the browser's fields or its text. */
  static Optional<List<FormField>> urlEncodedFields(BodyView body) {
    if (body.isForm()) {
      return Optional.of(body.formFields());
    }
    return body.text().map(FormEncoding::decode);
  }
}

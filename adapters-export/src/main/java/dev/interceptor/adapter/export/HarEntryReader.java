package dev.interceptor.adapter.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interceptor.core.model.capture.CapturedRequest;
import dev.interceptor.core.model.capture.CapturedResponse;
import dev.interceptor.core.model.capture.FormEncoding;
import dev.interceptor.core.model.capture.FormField;
import dev.interceptor.core.model.capture.HarEntryIds;
import dev.interceptor.core.model.capture.HttpHeader;
import dev.interceptor.core.model.capture.RequestBody;
import dev.interceptor.core.model.capture.ResourceType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Turns one HAR {@code entries[]} object into a captured request. */
final class HarEntryReader {

  /** The entry lacks something a capture cannot do without; the message says what. */
  static final class BadEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadEntryException(String message) {
      super(message);
    }
  }

  private final Instant fallbackTime;
  private final byte[] fileSha256;

  HarEntryReader(Instant fallbackTime, byte[] fileSha256) {
    this.fallbackTime = fallbackTime;
    this.fileSha256 = fileSha256.clone();
  }

  CapturedRequest read(JsonNode entry, long index) {
    JsonNode request = entry.path("request");
    if (!request.isObject()) {
      throw new BadEntryException("it has no \"request\" object");
    }
    String method = request.path("method").asText("");
    String url = request.path("url").asText("");
    if (method.isBlank() || url.isBlank()) {
      throw new BadEntryException("request.method and request.url must both be non-empty strings");
    }

    List<HttpHeader> headers = headers(request.path("headers"));
    HarPostData postData = HarPostData.read(request.path("postData"));
    if (!(postData.body() instanceof RequestBody.None)
        && !postData.mimeType().isEmpty()
        && headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type"))) {
      // The browser sent the type it recorded; exports need it in the headers.
      headers.add(new HttpHeader("Content-Type", postData.mimeType()));
    }

    JsonNode response = entry.path("response");
    int status = response.path("status").asInt(0);
    CapturedResponse captured =
        response.isObject() && status > 0
            ? new CapturedResponse(
                status, statusLine(response, status), headers(response.path("headers")))
            : null;
    String error = response.isObject() && status <= 0 ? failure(entry, response) : null;

    return new CapturedRequest(
        HarEntryIds.of(fileSha256, index),
        time(entry.path("startedDateTime")),
        withQueryString(url, request.path("queryString")),
        method,
        headers,
        postData.body(),
        RequestBody.toBytes(postData.body()).length,
        false,
        postData.filePartsOmitted(),
        resourceType(entry),
        -1,
        null,
        captured,
        error);
  }

  private Instant time(JsonNode started) {
    if (started.isMissingNode() || started.isNull()) {
      return fallbackTime;
    }
    try {
      return OffsetDateTime.parse(started.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new BadEntryException(
          "startedDateTime '" + started.asText() + "' is not an ISO 8601 date-time with offset");
    }
  }

  private static List<HttpHeader> headers(JsonNode array) {
    List<HttpHeader> headers = new ArrayList<>();
    for (JsonNode header : array) {
      if (header.hasNonNull("name")) {
        headers.add(new HttpHeader(header.get("name").asText(), header.path("value").asText("")));
      }
    }
    return headers;
  }

  /** Hand-written HARs give the query only in queryString; browsers repeat it in the url. */
  private static String withQueryString(String url, JsonNode queryString) {
    if (url.indexOf('?') >= 0 || !queryString.isArray() || queryString.isEmpty()) {
      return url;
    }
    List<FormField> fields = new ArrayList<>();
    for (JsonNode pair : queryString) {
      fields.add(new FormField(pair.path("name").asText(""), pair.path("value").asText("")));
    }
    int hash = url.indexOf('#');
    String base = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    return base + "?" + FormEncoding.encode(fields) + fragment;
  }

  private static String statusLine(JsonNode response, int status) {
    String version = response.path("httpVersion").asText("");
    String reason = response.path("statusText").asText("");
    return (version + " " + status + " " + reason).strip();
  }

  private static String failure(JsonNode entry, JsonNode response) {
    String error = entry.path("_error").asText(response.path("_error").asText(""));
    return error.isEmpty() ? "no response (HAR status 0)" : error;
  }

  private static ResourceType resourceType(JsonNode entry) {
    String type = entry.path("_resourceType").asText("");
    return type.isEmpty() ? ResourceType.OTHER : ResourceType.fromBrowser(type);
  }
}
